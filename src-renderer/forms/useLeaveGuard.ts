import { useEffect, useRef, type RefObject } from 'react';

/**
 * Leaving a form through the menu or a link while it holds unsaved input (`dirty`): the route comes back here and
 * `confirm` asks first; when the person agrees, `onDiscard` runs and the route goes where they were going.
 */
export function useLeaveGuard(dirty: RefObject<boolean>, confirm: () => Promise<boolean>, onDiscard: () => void) {
  const here = useRef(window.location.hash);
  const latest = useRef({ confirm, onDiscard });
  useEffect(() => {
    latest.current = { confirm, onDiscard };
  });
  useEffect(() => {
    let asking = false;
    const onHash = () => {
      const target = window.location.hash;
      if (!dirty.current || target === here.current || asking) return;
      asking = true;
      window.location.hash = here.current;
      void latest.current.confirm().then((ok) => {
        asking = false;
        if (ok) {
          latest.current.onDiscard();
          window.location.hash = target;
        }
      });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [dirty]);
}
