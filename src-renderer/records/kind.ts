import type { AppError, AttachmentInfo, ChannelName, Contract, InputOf, Result, Role } from '../../src-shared/contract/index.js';
import { contract, ATTACHMENT_TYPES } from '../../src-shared/contract/index.js';
import type { RecordReview } from '../../src-shared/records/review.js';
import { invoke } from '../bridge/engine.js';

/**
 * What the shared record parts need of a record kind: its channel prefix ('repatriations' → 'repatriations.submit',
 * later 'meetings.submit') and the lifecycle part of its view. A kind's view (CaseView, MeetingView) extends it.
 */
export interface RecordViewBase {
  id: string;
  version: number;
  review: RecordReview;
  attachments: AttachmentInfo[];
  approved: { at: string; by: string } | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** Every channel prefix that has a review step: the record kinds of the contract. */
export type RecordKind = ChannelName extends infer C ? (C extends `${infer P}.submit` ? P : never) : never;

/** The lifecycle steps every record kind offers, with the inputs the shared parts send. */
export interface StepInputs {
  get: { id: string };
  submit: { id: string; version: number };
  approve: { id: string; version: number };
  return: { id: string; version: number; comment: string };
  comment: { id: string; comment: string };
  delete: { id: string; version: number; reason: string };
  addAttachment: {
    id: string;
    version: number;
    fileName: string;
    mimeType: (typeof ATTACHMENT_TYPES)[number];
    contentBase64: string;
    description: string;
    amendmentReason: string;
  };
  getAttachment: { id: string; attachmentId: string };
}
export type RecordStep = keyof StepInputs;

export interface StepOutputs<V> {
  get: V;
  submit: V;
  approve: V;
  return: V;
  comment: V;
  delete: { deleted: true };
  addAttachment: V;
  getAttachment: { fileName: string; mimeType: string; contentBase64: string };
}

/**
 * Type-checked once for every kind: each lifecycle channel exists and accepts what the shared parts send.
 * A kind that lacks a step (or names an input differently) fails `npm run typecheck` here.
 */
type KindFits<K extends RecordKind> = {
  [S in RecordStep]: `${K}.${S}` extends ChannelName ? (StepInputs[S] extends InputOf<Contract[`${K}.${S}`]> ? true : false) : false;
};
type EveryKindFits = { [K in RecordKind]: KindFits<K>[RecordStep] extends true ? true : false }[RecordKind];
export const KINDS_FIT: EveryKindFits = true;

/** The channel of a lifecycle step of a kind: ('repatriations', 'submit') → 'repatriations.submit'. */
export const recordChannel = <S extends RecordStep>(kind: RecordKind, step: S) => `${kind}.${step}` as ChannelName;

/** Calls a lifecycle step of a kind (the shape is checked for every kind by KINDS_FIT above). */
export function invokeStep<V, S extends RecordStep>(kind: RecordKind, step: S, input: StepInputs[S]): Promise<Result<StepOutputs<V>[S]>> {
  return invoke(recordChannel(kind, step), input as never) as Promise<Result<StepOutputs<V>[S]>>;
}

/** True when a person with these roles may call the channel: read from the contract's access list, never literals. */
export function canCall(channel: ChannelName, roles: readonly Role[]): boolean {
  const access = contract[channel].access;
  if (access === 'public') return true;
  if (access === 'signed-in') return roles.length > 0;
  return roles.some((role) => access.includes(role));
}

/** The stored record, who saved it and when, from a refused stale save (the engine's conflict detail). */
export interface StaleSave<V> {
  current: V;
  updatedBy: string;
  updatedAt: string;
}

/** Reads the engine's conflict detail; null when the error is not a stale-version refusal. */
export function staleSaveOf<V extends { updatedBy: string; updatedAt: string }>(error: AppError | null | undefined): StaleSave<V> | null {
  if (error?.code !== 'conflict') return null;
  const d = error.detail as Partial<StaleSave<V>> | undefined;
  if (!d?.current) return null;
  return { current: d.current, updatedBy: d.updatedBy ?? d.current.updatedBy, updatedAt: d.updatedAt ?? d.current.updatedAt };
}
