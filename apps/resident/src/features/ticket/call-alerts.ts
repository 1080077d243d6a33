import type { TicketView } from '@kakanai/contracts';
import { useEffect, useEffectEvent, useRef, useState } from 'react';

const WORKER_URL = '/ticket-alerts-sw.js';
const WORKER_SCOPE = '/tickets/';
// Long-short-long: noticeable in a pocket, unlike a message's single buzz.
const CALLED_VIBRATION = [500, 200, 500, 200, 900];

/** Whether this browser can show notifications at all (they need a secure context). */
export function notificationsSupported(): boolean {
  return typeof window !== 'undefined' && 'Notification' in window && window.isSecureContext;
}

async function registerWorker() {
  if (!('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register(WORKER_URL, { scope: WORKER_SCOPE });
  } catch {
    // Without the worker, desktop browsers still show notifications from the page.
  }
}

/** Asks for permission, then registers the worker that shows notifications on Android. */
export async function enableNotifications(): Promise<NotificationPermission> {
  const permission = await Notification.requestPermission();
  if (permission === 'granted') await registerWorker();
  return permission;
}

/**
 * The permission as it stands, updated when the resident answers the prompt. A permission given on
 * an earlier visit needs the worker too.
 */
export function useNotificationPermission() {
  const [permission, setPermission] = useState<NotificationPermission | 'unsupported'>(() =>
    notificationsSupported() ? Notification.permission : 'unsupported',
  );
  useEffect(() => {
    if (permission === 'granted') void registerWorker();
  }, [permission]);
  const request = async () => setPermission(await enableNotifications());
  return { permission, request };
}

async function showNotification(title: string, body: string, tag: string) {
  if (!notificationsSupported() || Notification.permission !== 'granted') return;
  // `renotify` makes a recall buzz again although it replaces the first call's notification.
  const options = { body, tag, renotify: true, requireInteraction: true, data: { url: location.href } };
  try {
    const registration = await navigator.serviceWorker?.getRegistration(WORKER_SCOPE);
    if (registration) {
      await registration.showNotification(title, options as NotificationOptions);
      return;
    }
    new Notification(title, options as NotificationOptions);
  } catch {
    // Some browsers (Android without the worker) refuse page notifications; the page itself still shows the call.
  }
}

/** What identifies one call: a recall or a call to another window is a new one. */
function callKey({ ticket }: TicketView): string {
  return ticket.status === 'called'
    ? `called|${ticket.calledAt}|${ticket.recalls}|${ticket.window?.id}`
    : ticket.status;
}

/**
 * Vibrates and notifies when the ticket is called, and again on each recall. The state the page
 * opened in doesn't alert: the resident is looking at it already.
 */
export function useCallAlerts(
  view: TicketView | undefined,
  message: (view: TicketView) => { title: string; body: string },
) {
  const last = useRef<string | undefined>(undefined);
  const messageFor = useEffectEvent(message);
  useEffect(() => {
    if (!view) return;
    const key = callKey(view);
    const previous = last.current;
    last.current = key;
    if (previous === undefined || previous === key || view.ticket.status !== 'called') return;
    navigator.vibrate?.(CALLED_VIBRATION);
    const { title, body } = messageFor(view);
    void showNotification(title, body, `ticket-${view.ticket.id}`);
  }, [view]);
}
