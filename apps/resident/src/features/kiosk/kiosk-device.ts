import { createApiClient } from '@kakanai/client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/**
 * The kiosk's own API client: every request carries the tablet's enrolment token, which the
 * resident site's client must never send.
 */
export const kioskApi = createApiClient();

const STORAGE_KEY = 'kakanai.kioskDevice';

function storedToken(): string | undefined {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Enrolment: staff open `/kiosk#device=<token>` once on the tablet. The token is kept in this
 * browser's storage and taken out of the address bar, so it isn't left on screen or in a bookmark.
 */
export function useKioskToken(): string | undefined {
  const location = useLocation();
  const navigate = useNavigate();
  const fromLink = new URLSearchParams(location.hash.replace(/^#/, '')).get('device') || undefined;
  const [token] = useState(() => fromLink ?? storedToken());

  useEffect(() => {
    if (!fromLink) return;
    try {
      localStorage.setItem(STORAGE_KEY, fromLink);
    } catch {
      // Private mode or full storage: this session still works; a reload needs the link again.
    }
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [fromLink, location.pathname, location.search, navigate]);

  return token;
}

/** Which office this tablet stands in, asked of the server with its token. */
export function useKioskDevice(token: string | undefined) {
  return useQuery({
    queryKey: ['kiosk-device', token],
    queryFn: () => {
      // Not a React hook, despite its name: it sets the client's bearer token.
      // biome-ignore lint/correctness/useHookAtTopLevel: a plain method of the API client
      kioskApi.useDeviceToken(token);
      return kioskApi.device();
    },
    enabled: Boolean(token),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
