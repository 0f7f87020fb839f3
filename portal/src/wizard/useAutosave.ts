import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { apiPath } from '../components/serverErrors';
import { apolloClient } from '../graphql/client';
import { toApiError, type ApiError } from '../graphql/errors';
import type { SaveAmendmentDraftInput } from '../generated/graphql';
import { useLocale } from '../i18n/locale';
import { WizardSaveDraftMutation } from './wizard.graphql';

/** Wait after the last keystroke before saving. */
const DEBOUNCE_MS = 1_000;
/** Try again after a failure to reach the server. */
const RETRY_MS = 10_000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: ApiError };

/**
 * What was typed but not (yet) accepted by the server, per case and step, in this tab's memory:
 * a save refused or cut off by the session's end comes back in the form after logging in again
 * (the portal does not reload for that), and is sent again. Never written to storage.
 */
const unsaved = new Map<string, unknown>();

export function restoredValues<T>(amendmentId: string, step: string): T | undefined {
  return unsaved.get(`${amendmentId}/${step}`) as T | undefined;
}

interface Options<T extends FieldValues> {
  amendmentId: string;
  step: string;
  form: UseFormReturn<T>;
  /** The step's part of `saveAmendmentDraft`'s input. */
  toInput: (values: T) => SaveAmendmentDraftInput;
  /** Saving waits (while typing) until this holds, e.g. a district is chosen for the new city. */
  complete?: (values: T) => boolean;
  /** The form field an API field path (without `input.`) belongs to. */
  fieldOf: (path: string) => Path<T> | undefined;
}

/**
 * Drafts live on the server: the step's values are saved ~1 s after typing stops, when leaving
 * the step, and on "continue". The API's per-field problems go beside the fields, in the user's
 * language; problems without a field on this step are returned for the page to list.
 */
export function useAutosave<T extends FieldValues>({
  amendmentId,
  step,
  form,
  toInput,
  complete = () => true,
  fieldOf,
}: Options<T>) {
  const backupKey = `${amendmentId}/${step}`;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const mounted = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inflight = useRef<Promise<boolean> | undefined>(undefined);
  const serverFields = useRef<Path<T>[]>([]);
  const options = useRef({ toInput, complete, fieldOf });
  options.current = { toInput, complete, fieldOf };
  // What the server holds now: the values the form started from, unless restored from memory.
  const lastSaved = useRef<string | undefined>(undefined);
  if (lastSaved.current === undefined) {
    lastSaved.current = unsaved.has(backupKey) ? '' : JSON.stringify(toInput(form.getValues()));
  }

  const update = useCallback((next: SaveState) => {
    if (mounted.current) setState(next);
  }, []);

  const showProblems = useCallback(
    (error: ApiError) => {
      const { fieldOf: place } = options.current;
      for (const name of serverFields.current) form.clearErrors(name);
      serverFields.current = [];
      const elsewhere: string[] = [];
      for (const problem of error.fields) {
        const name = place(apiPath(problem.field));
        if (!name) {
          elsewhere.push(problem.message);
          continue;
        }
        form.setError(name, { type: 'server', message: problem.message });
        serverFields.current.push(name);
      }
      if (mounted.current) setUnplaced(elsewhere);
    },
    [form],
  );

  const save = useCallback(
    async (mode: 'auto' | 'continue'): Promise<boolean> => {
      clearTimeout(timer.current);
      if (inflight.current) await inflight.current;
      const values = form.getValues();
      if (mode === 'auto' && !options.current.complete(values)) return false;
      const input = options.current.toInput(values);
      const key = JSON.stringify(input);
      if (key === lastSaved.current) {
        unsaved.delete(backupKey);
        return true;
      }
      update({ kind: 'saving' });
      const attempt = (async () => {
        try {
          const { data } = await apolloClient.mutate({
            mutation: WizardSaveDraftMutation,
            variables: { id: amendmentId, input },
          });
          lastSaved.current = key;
          if (JSON.stringify(options.current.toInput(form.getValues())) === key) {
            unsaved.delete(backupKey);
          }
          for (const name of serverFields.current) form.clearErrors(name);
          serverFields.current = [];
          if (mounted.current) setUnplaced([]);
          update({
            kind: 'saved',
            at: data?.saveAmendmentDraft.lastEditedAt ?? new Date().toISOString(),
          });
          return true;
        } catch (e) {
          const error = toApiError(e);
          if (error.code === 'BAD_USER_INPUT') {
            showProblems(error);
            update({ kind: 'invalid' });
          } else {
            update({ kind: 'failed', error });
            if (error.code === 'NETWORK_ERROR' && mounted.current) {
              timer.current = setTimeout(() => void save('auto'), RETRY_MS);
            }
          }
          return false;
        }
      })();
      inflight.current = attempt;
      try {
        return await attempt;
      } finally {
        if (inflight.current === attempt) inflight.current = undefined;
      }
    },
    [amendmentId, backupKey, form, showProblems, update],
  );

  useEffect(() => {
    mounted.current = true;
    const subscription = form.watch((_values, info) => {
      // Only what the person changed (setValue from code has no `type`).
      if (!info.type) return;
      unsaved.set(backupKey, form.getValues());
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save('auto'), DEBOUNCE_MS);
    });
    // Restored from memory after the session ended: send it again now.
    if (unsaved.has(backupKey)) timer.current = setTimeout(() => void save('auto'), 0);
    return () => {
      subscription.unsubscribe();
      mounted.current = false;
      clearTimeout(timer.current);
      // Leaving the step (another step, another page, the session's end) saves what is typed.
      if (JSON.stringify(options.current.toInput(form.getValues())) !== lastSaved.current) {
        void save('auto');
      }
    };
  }, [backupKey, form, save]);

  // The API words its problems in the language asked: after a switch, ask again for the words.
  const { locale } = useLocale();
  const shownIn = useRef(locale);
  useEffect(() => {
    if (shownIn.current === locale) return;
    shownIn.current = locale;
    if (state.kind === 'invalid') void save('continue');
  }, [locale, state.kind, save]);

  return { state, unplaced, save };
}
