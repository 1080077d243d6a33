import { isApiError } from '@kakanai/client';
import type { Draft } from '@kakanai/contracts';
import { personForApi } from '@kakanai/ui/forms';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api-client.ts';
import { saveDraft } from './my-drafts.ts';
import { currentWork, markSaved } from './pre-entry-work.ts';
import { type PreEntryStep, stepOfPath } from './steps.ts';

export interface SavedResult {
  draft: Draft;
  token: string;
}

/**
 * Saves the work on this tab as a draft: the first save creates it (code and token), later ones
 * update it. `partial` saves unfinished work; a final save checks that everything required is there.
 */
export function useSaveDraft() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ partial }: { partial: boolean }): Promise<SavedResult> => {
      const work = currentWork();
      if (!work) throw new Error('Nothing to save: the pre-entry was not started');
      const body = {
        procedureIds: work.procedureIds,
        person: personForApi(work.person),
        answers: work.answers,
        lang: i18n.language.startsWith('en') ? ('en' as const) : ('ja' as const),
        partial,
      };
      if (work.code && work.token) {
        try {
          const { draft } = await api.updateDraft(work.code, work.token, body);
          return { draft, token: work.token };
        } catch (error) {
          // Expired meanwhile (or purged): what is on screen becomes a new draft, not lost work.
          if (!isApiError(error, 'draft_not_found')) throw error;
        }
      }
      return api.createDraft(body);
    },
    onSuccess: ({ draft, token }) => {
      markSaved(draft.code, token);
      saveDraft({
        code: draft.code,
        token,
        procedureIds: draft.procedureIds,
        complete: draft.complete,
        expiresAt: draft.expiresAt,
        reservationCode: draft.reservationCode,
      });
      queryClient.setQueryData(['draft', draft.code.toUpperCase(), token], { draft });
    },
  });
}

/** The API's validation errors, each with the step it belongs to and its path within that step's form. */
export function validationIssues(error: unknown): { step: PreEntryStep; path: string[]; message: string }[] {
  if (!isApiError(error, 'validation_failed')) return [];
  return (error.problem?.errors ?? []).flatMap(({ path, message }) => {
    const step = stepOfPath(path);
    if (!step) return [];
    // 'person.birthDate' → ['birthDate']; 'answers.tennyu.members.0.name' → ['members', '0', 'name'].
    const rest = path.split('.').slice(step === 'person' ? 1 : 2);
    return [{ step, path: rest, message }];
  });
}
