import type { Draft } from '@kakanai/contracts';
import type { Values } from '@kakanai/domain';
import type { AnswerValues } from '@kakanai/ui/forms';
import { useSyncExternalStore } from 'react';

/** The pre-entry being filled in on this tab: procedures, the person once, each form's answers. */
export interface PreEntryWork {
  procedureIds: string[];
  person: Values;
  answers: Record<string, AnswerValues>;
  /** Set once it has been saved: the draft's code and the token that opens it. */
  code?: string;
  token?: string;
}

// sessionStorage, like the booking draft: a phone that discards the tab while the resident looks
// up their old address keeps what was typed. "Save and continue later" is what outlives the tab.
const STORAGE_KEY = 'kakanai.preEntryWork';
const listeners = new Set<() => void>();
let work: PreEntryWork | undefined = read();

function read(): PreEntryWork | undefined {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as PreEntryWork | null;
    return parsed && Array.isArray(parsed.procedureIds) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function write(next: PreEntryWork | undefined, notify = true) {
  work = next;
  try {
    if (next) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Private modes may refuse storage; the work still lives in memory for this visit.
  }
  if (notify) for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreEntryWork(): PreEntryWork | undefined {
  return useSyncExternalStore(subscribe, () => work);
}

export function currentWork(): PreEntryWork | undefined {
  return work;
}

/** Starts on these procedures; the same ones again keep what was typed so far. */
export function startWork(procedureIds: string[]) {
  if (work && !work.code && sameIds(work.procedureIds, procedureIds)) return;
  write({ procedureIds, person: {}, answers: {} });
}

/** Opens a saved draft for changes: its answers become the work, and saving updates it. */
export function workFromDraft(draft: Draft, token: string) {
  write({
    procedureIds: draft.procedureIds,
    person: draft.person,
    answers: draft.answers as Record<string, AnswerValues>,
    code: draft.code,
    token,
  });
}

export function updatePerson(person: Values, options: { quiet?: boolean } = {}) {
  if (work) write({ ...work, person }, !options.quiet);
}

/**
 * One form's answers. `quiet` skips re-rendering the pages: the form itself is the source of
 * truth while it is on screen; this copy is for coming back to it.
 */
export function updateAnswers(procedureId: string, answers: AnswerValues, options: { quiet?: boolean } = {}) {
  if (work) write({ ...work, answers: { ...work.answers, [procedureId]: answers } }, !options.quiet);
}

export function markSaved(code: string, token: string) {
  if (work) write({ ...work, code, token });
}

export function clearWork() {
  write(undefined);
}

function sameIds(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}
