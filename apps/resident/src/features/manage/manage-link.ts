import { normalizeReservationCode } from '@kakanai/domain';

/** The manage link: the token rides in the fragment, which browsers never send to the server. */
export function manageUrl(code: string, token: string, origin = window.location.origin): string {
  return `${origin}${managePath(code, token)}`;
}

export function managePath(code: string, token: string, page: '' | '/reschedule' = ''): string {
  return `/reservations/${encodeURIComponent(code)}${page}#t=${encodeURIComponent(token)}`;
}

/** The token from a location hash like '#t=…'. */
export function tokenFromHash(hash: string): string | undefined {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token || undefined;
}

/** Code and token from a pasted manage link, or undefined when it isn't one. */
export function parseManageLink(text: string): { code: string; token: string } | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const match = /\/reservations\/([^/]+)\/?$/.exec(url.pathname);
  const code = match?.[1] ? normalizeReservationCode(decodeURIComponent(match[1])) : undefined;
  const token = tokenFromHash(url.hash);
  return code && token ? { code, token } : undefined;
}
