import { useEffect, useRef } from 'react';

const dialogOpen = () => !!document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal');

/** Ctrl+S (⌘S) saves wherever the focus is (also after a dialog closed and left it on the page), unless a dialog is open. */
export function useSaveShortcut(save: () => void) {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (dialogOpen()) return;
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
