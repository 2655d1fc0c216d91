import type { TFunction } from 'i18next';
import type { TKey } from '../i18n/keys.js';
import type { RecordKind } from './kind.js';

/**
 * The sentences of the shared parts that name the record kind, as keys of the kind's own strings (static keys,
 * checked by the type-check). Interpolations: {{number}} the record's number; {{who}}/{{when}} a person and a time.
 */
export interface RecordTexts {
  /** Toast after submitting. */
  submitted: TKey;
  /** The return dialog: title ({{number}}), explanation, OK button; toast after returning. */
  returnTitle: TKey;
  returnText: TKey;
  returnOk: TKey;
  returned: TKey;
  /** Banner over a returned record ({{who}}, {{when}}), and over one changed since approval. */
  returnedBanner: TKey;
  changedBanner: TKey;
  /** The approve confirmation ({{number}}) and toast. */
  approveTitle: TKey;
  approveText: TKey;
  approved: TKey;
  /** The delete dialog ({{number}}): title, explanation, OK button; toast ({{number}}). */
  deleteTitle: TKey;
  deleteText: TKey;
  deleteOk: TKey;
  deleted: TKey;
  /** The amendment reason dialog after approval. */
  amendTitle: TKey;
  amendText: TKey;
  /** A stale save: on a form ({{who}}, {{when}}) with what differs; on the detail screen ({{who}}, {{when}}); on a file upload ({{who}}). */
  staleTitle: TKey;
  staleSameFields: TKey;
  staleRedo: TKey;
  staleFile: TKey;
}

/** What the shared parts need to know of one record kind. */
export interface RecordKindUi<V> {
  kind: RecordKind;
  /** The record's number or title as people name it ("HH-2026-0001"). */
  number: (view: V) => string;
  texts: RecordTexts;
  /** A field path ("fields.handoverAt", "delegations.0.name") in words, for messages and the history; null when unknown. */
  fieldName: (t: TFunction, path: string) => string | null;
}
