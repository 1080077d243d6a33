/** The come-back link: the draft token rides in the fragment, which browsers never send to the server. */
export function draftPath(code: string, token: string): string {
  return `/pre-entry/${encodeURIComponent(code)}#t=${encodeURIComponent(token)}`;
}

export function draftUrl(code: string, token: string, origin = window.location.origin): string {
  return `${origin}${draftPath(code, token)}`;
}
