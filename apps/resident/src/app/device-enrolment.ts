import type { createApiClient } from '@kakanai/client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

type ApiClient = ReturnType<typeof createApiClient>;

function stored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Enrolment of a hall device (kiosk, counter tablet): staff open `/<screen>#device=<token>` once on
 * it, with any other setting the screen takes (`&bridge=<url>`). Each setting named in
 * `storageKeys` is kept in this browser's storage, and the whole fragment is taken out of the
 * address bar, so the token isn't left on screen or in a bookmark. Returns each setting from the
 * link, or else as stored.
 */
export function useEnrolmentSettings<Name extends string>(
  storageKeys: Record<Name, string>,
): Partial<Record<Name, string>> {
  const location = useLocation();
  const navigate = useNavigate();
  const hash = location.hash.replace(/^#/, '');
  const [settings] = useState(() => {
    const fromLink = new URLSearchParams(hash);
    const entries = Object.entries<string>(storageKeys).map(([name, key]) => [
      name,
      fromLink.get(name) || stored(key),
    ]);
    return Object.fromEntries(entries) as Partial<Record<Name, string>>;
  });

  useEffect(() => {
    const fromLink = new URLSearchParams(hash);
    const names = Object.keys(storageKeys) as Name[];
    if (!names.some((name) => fromLink.get(name))) return;
    for (const name of names) {
      const value = fromLink.get(name);
      if (!value) continue;
      try {
        localStorage.setItem(storageKeys[name], value);
      } catch {
        // Private mode or full storage: this session still works; a reload needs the link again.
      }
    }
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [hash, storageKeys, location.pathname, location.search, navigate]);

  return settings;
}

/** Which office (and window) this device belongs to, asked of the server with its token. */
export function useEnrolledDevice(client: ApiClient, token: string | undefined) {
  return useQuery({
    queryKey: ['enrolled-device', token],
    queryFn: () => {
      // Not a React hook, despite its name: it sets the client's bearer token.
      // biome-ignore lint/correctness/useHookAtTopLevel: a plain method of the API client
      client.useDeviceToken(token);
      return client.device();
    },
    enabled: Boolean(token),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
