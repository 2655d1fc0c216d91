import { useCallback, useRef, useState } from 'react';
import type { AppError, Bilingual, Result } from '../../src-shared/contract/index.js';
import { staleSaveOf, type StaleSave } from './kind.js';

export interface RecordMutation<V> {
  /** The label of the call under way ('submit', 'save', …), null when idle: buttons show their spinner by it. */
  busy: string | null;
  /** The last refusal, kept until the next call succeeds or `clear()`: every engine error reaches the screen. */
  error: AppError | null;
  /** A refused stale save: the stored record, who saved it and when. Nothing typed is touched. */
  stale: StaleSave<V> | null;
  /** The refusal's field messages by engine path ("fields.handoverAt", "delegations.0.name"); {} when none. */
  fieldErrors: Record<string, Bilingual>;
  /** Runs one engine call; resolves its value, or null when refused (the refusal is kept in `error`/`stale`). */
  run: <T>(label: string, call: () => Promise<Result<T>>) => Promise<T | null>;
  /** The same, resolving the whole result (for a caller that hands the refusal on, e.g. to a dialog). */
  attempt: <T>(label: string, call: () => Promise<Result<T>>) => Promise<Result<T>>;
  clear: () => void;
}

const NO_FIELDS: Record<string, Bilingual> = {};

/**
 * The one way a record screen calls the engine to change a record: busy state while the call runs, the refusal
 * kept for the screen (general message and field messages, also for fields this screen does not show), and a
 * stale-version refusal read into the stored record. `onStale` decides what to do with it (a detail screen shows
 * the stored record; a form keeps the typed input and shows the conflict notice). Input is never cleared here.
 */
export function useRecordMutation<V extends { updatedBy: string; updatedAt: string }>(options: { onStale?: (stale: StaleSave<V>) => void } = {}): RecordMutation<V> {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [stale, setStale] = useState<StaleSave<V> | null>(null);
  const onStale = useRef(options.onStale);
  onStale.current = options.onStale;

  const attempt = useCallback(async <T>(label: string, call: () => Promise<Result<T>>): Promise<Result<T>> => {
    setBusy(label);
    let result: Result<T>;
    try {
      result = await call();
    } finally {
      setBusy(null);
    }
    if (!result.ok) {
      const found = staleSaveOf<V>(result.error);
      setError(result.error);
      setStale(found);
      if (found) onStale.current?.(found);
    } else {
      setError(null);
      setStale(null);
    }
    return result;
  }, []);

  const run = useCallback(
    async <T>(label: string, call: () => Promise<Result<T>>): Promise<T | null> => {
      const result = await attempt(label, call);
      return result.ok ? result.value : null;
    },
    [attempt],
  );

  const clear = useCallback(() => {
    setError(null);
    setStale(null);
  }, []);

  return { busy, error, stale, fieldErrors: error?.fields ?? NO_FIELDS, run, attempt, clear };
}
