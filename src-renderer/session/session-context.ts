import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { AppError, Result, Role, SessionInfo, VaultStatus } from '../../src-shared/contract/index.js';

export interface SessionContextValue {
  /** The person whose app tree is mounted. */
  session: SessionInfo;
  status: VaultStatus | null;
  /** True while the lock screen covers the app: nothing may be fetched, everything cached is dropped. */
  locked: boolean;
  /** Changes at every unlock, so loaders fetch again. */
  epoch: number;
  refreshStatus: () => Promise<void>;
  lock: () => Promise<void>;
  signOut: () => Promise<void>;
  /** After the person changed their own password or the engine returned a new session. */
  updateSession: (session: SessionInfo) => void;
  /** The route of unsaved work this person left before someone else signed in, kept for them; null if none. */
  heldDraft: string | null;
  dismissHeldDraft: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the signed-in app');
  return value;
}

export const hasRole = (session: SessionInfo | null, ...roles: Role[]) => !!session && session.roles.some((role) => roles.includes(role));

/**
 * Data from the engine for one screen. Dropped the moment the vault locks (nothing confidential stays in
 * memory behind the lock screen), loaded again after the next unlock.
 */
export function useEngineData<T>(load: () => Promise<Result<T>>, deps: readonly unknown[] = []) {
  const { locked, epoch } = useSession();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [loading, setLoading] = useState(false);
  const loadRef = useRef(load);
  loadRef.current = load;
  const request = useRef(0);

  const reload = useCallback(async () => {
    const id = ++request.current;
    setLoading(true);
    const result = await loadRef.current();
    if (id !== request.current) return;
    setLoading(false);
    if (result.ok) {
      setData(result.value);
      setError(null);
    } else setError(result.error);
  }, []);

  useEffect(() => {
    if (locked) {
      request.current++;
      setData(null);
      setError(null);
      return;
    }
    void reload();
  }, [locked, epoch, reload, ...deps]);

  return { data, error, loading, reload, setData };
}
