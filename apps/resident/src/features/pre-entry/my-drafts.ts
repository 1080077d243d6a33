import { createDeviceList } from '../../app/device-list.ts';

/** A pre-entry saved from this device: enough to list it and open it again, nothing personal. */
export interface SavedDraft {
  code: string;
  token: string;
  procedureIds: string[];
  complete: boolean;
  expiresAt: string;
  reservationCode?: string | undefined;
}

// The draft token is the only key to a pre-entry and residents have no account, so this device
// keeps it, like "my bookings". The answers themselves stay on the server.
const drafts = createDeviceList<SavedDraft>('kakanai.myDrafts');

/** Drafts saved on this device that haven't expired, newest first. */
export function useSavedDrafts(): SavedDraft[] {
  const now = Date.now();
  return drafts.useItems().filter((draft) => Date.parse(draft.expiresAt) > now);
}

export function saveDraft(draft: SavedDraft) {
  drafts.save(draft);
}

export function forgetDraft(code: string) {
  drafts.forget(code);
}

/** The token this device holds for a draft code, typed in any form. */
export function savedDraftToken(code: string): string | undefined {
  return drafts.tokenFor(code);
}
