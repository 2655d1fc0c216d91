import { useEffect, useRef } from 'react';

/**
 * Keyboard focus never falls to the page body: after a route change it goes to the page's heading, after a
 * dialog closes back to what opened it, after a lock to the password field and after an unlock back to
 * where the person was. Screens use these helpers instead of calling focus() ad hoc.
 */

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Dialogs closing right now whose opener gets focus back on the next frame; the focus keeper waits for them. */
let returnsPending = 0;

const isLost = () => !document.activeElement || document.activeElement === document.body || document.activeElement === document.documentElement;
const visible = (element: HTMLElement) => element.getClientRects().length > 0 && !element.closest('[inert], [hidden], [aria-hidden="true"]');
/** A modal dialog is open: it keeps focus inside itself, nothing here interferes. */
const dialogOpen = () =>
  [...document.querySelectorAll<HTMLElement>('.ant-modal-wrap, .ant-drawer-content-wrapper')].some((wrap) => visible(wrap) && getComputedStyle(wrap).display !== 'none');

/** Focuses an element that is not itself a control (a heading, a region), without scrolling the page away. */
export function focusElement(element: HTMLElement | null | undefined): boolean {
  if (!element || !element.isConnected) return false;
  if (!element.matches(TABBABLE) && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: !element.matches(TABBABLE) });
  return document.activeElement === element;
}

/**
 * The first field of the container's form still to fill (e.g. the password on a lock screen whose name is
 * prefilled), else its first field, else the first control.
 */
export function focusFirstField(container: HTMLElement): boolean {
  const inputs = [
    ...container.querySelectorAll<HTMLInputElement>('form input:not([disabled]):not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([role="combobox"])'),
  ].filter(visible);
  const target = inputs.find((input) => input.value === '') ?? inputs[0] ?? [...container.querySelectorAll<HTMLElement>(TABBABLE)].find(visible);
  return focusElement(target);
}

/** The start of the current page: its heading inside <main>, else <main> itself. */
export function focusPageStart(): boolean {
  const main = document.querySelector<HTMLElement>('main');
  if (!main) return false;
  const heading = [...main.querySelectorAll<HTMLElement>('h1, h2')].find(visible);
  return focusElement(heading ?? main);
}

/**
 * On every change of `pageKey` (and at mount), focus the new page's heading once it has rendered — unless the
 * page itself already put focus inside <main> (a form's first field) or a dialog is open.
 */
export function usePageFocus(pageKey: string) {
  useEffect(() => {
    let done = false;
    const main = () => document.querySelector('main');
    const settled = () => {
      if (done) return true;
      const active = document.activeElement;
      if (dialogOpen() || (active && active !== document.body && main()?.contains(active) && !active.matches('main, h1, h2'))) return (done = true);
      const heading = main()?.querySelector<HTMLElement>('h1, h2');
      if (heading && visible(heading)) {
        focusElement(heading);
        return (done = true);
      }
      return false;
    };
    if (settled()) return;
    // The page may still be loading (a case opens after its fetch): wait for its heading, a few seconds at most.
    const observer = new MutationObserver(() => settled() && observer.disconnect());
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      if (!done && isLost()) focusPageStart();
    }, 5000);
    return () => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [pageKey]);
}

/**
 * Dialogs: remembers what had focus when `open` became true and returns there when it closes; if that control
 * is gone (the row it belonged to was saved away), `fallback` or the page start gets focus instead.
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null | undefined) {
  const opener = useRef<HTMLElement | null>(null);
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(() => {
    if (open) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      return;
    }
    const from = opener.current;
    if (!from) return;
    opener.current = null;
    // After the closing animation antd tries the opener itself; whatever it leaves lost is caught here.
    returnsPending++;
    let pending = true;
    const settle = () => {
      if (pending) returnsPending--;
      pending = false;
    };
    const frame = requestAnimationFrame(() => {
      settle();
      if (!isLost() && document.activeElement !== from) return;
      if (from.isConnected && visible(from) && focusElement(from)) return;
      if (!focusElement(fallbackRef.current?.())) focusPageStart();
    });
    return () => {
      cancelAnimationFrame(frame);
      settle();
    };
  }, [open]);
}

/**
 * The safety net for everything else: when the focused control disappears (a button replaced by a spinner,
 * a row re-rendered, a dialog destroyed) and focus falls to the body, it goes to the page start. A click on
 * a blank area with the mouse is left alone.
 */
export function useFocusKeeper() {
  useEffect(() => {
    let pointer = false;
    /** The person clicked somewhere blank: the body has focus because they put it there. */
    let leftByClick = false;
    let scheduled = 0;
    const onPointer = () => {
      pointer = true;
      setTimeout(() => (pointer = false), 0);
    };
    const check = () => {
      scheduled = 0;
      // A closing dialog hands focus back to its opener on the next frame (which a busy machine can delay
      // past this timer): wait for it rather than sending focus to the page start first.
      if (returnsPending > 0) return schedule();
      if (leftByClick || !isLost() || dialogOpen() || document.querySelector('.lock-layer')) return;
      focusPageStart();
    };
    const schedule = () => {
      if (!scheduled) scheduled = window.setTimeout(check, 50);
    };
    const onFocusOut = () => {
      if (pointer) leftByClick = true;
      else schedule();
    };
    const onFocusIn = () => (leftByClick = false);
    const observer = new MutationObserver(() => isLost() && !leftByClick && schedule());
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'inert'] });
    document.addEventListener('pointerdown', onPointer, true);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      document.removeEventListener('pointerdown', onPointer, true);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('focusin', onFocusIn);
      clearTimeout(scheduled);
    };
  }, []);
}
