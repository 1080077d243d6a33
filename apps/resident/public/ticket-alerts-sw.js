// The ticket page's notifications ("your number is called"). Android's Chrome shows notifications
// only through a service worker, so the page registers this one (scope /tickets/) when the resident
// asks to be notified. It handles no requests: the site works the same without it.

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

// Tapping the notification brings back the ticket's page, or opens it again.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = event.notification.data?.url;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const page = windows.find((w) => url && w.url.split('#')[0] === url.split('#')[0]) ?? windows[0];
      if (page) return page.focus();
      return url ? self.clients.openWindow(url) : undefined;
    }),
  );
});
