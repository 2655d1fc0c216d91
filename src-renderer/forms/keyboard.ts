import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A single-line text field: Enter there means "next field" in a long form, never "submit". */
const isSingleLine = (element: HTMLElement) => element instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'file', 'reset'].includes(element.type);

/**
 * Long, multi-part forms (a case): Enter in a single-line field moves to the next field and never submits
 * (Ctrl+S saves). Where Enter already means something — choosing an option in a select, confirming a typed date
 * — it keeps that meaning and does not also move. Short dialogs (sign-in, one-question confirmations) keep Enter
 * to submit and do not use this.
 */
export function enterMovesToNextField(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (!isSingleLine(target)) return;
  event.preventDefault();
  if (target.closest('.ant-select, .ant-picker')) return;
  const fields = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null || element === target);
  const next = fields[fields.indexOf(target) + 1];
  next?.focus();
}
