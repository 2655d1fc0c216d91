/**
 * Printing the bilingual meeting minutes (b) and returned-crossers minutes (c) from a record: what the meeting
 * and interception handlers call. The same path as the handover minutes: the input is parsed again (it comes
 * from a record, but nothing reaches paper unchecked), the first print of a content takes the next number of the
 * minutes register ("BB", shared with the handover minutes), printing the same content again gives the same
 * number marked as a copy, and the QR code carries number + content hash for documents.verify. Rendering happens
 * inside the write transaction, so a failed render never consumes a number.
 */
import type { z } from 'zod';
import type { OfficeProfile as OfficeSettings } from '../../../src-shared/contract/index.js';
import { fieldErrors } from '../../../src-shared/contract/validation.js';
import { liaisonNoticeSchema, meetingMinutesSchema, meetingReportSchema, returnedCrossersSchema } from '../../../src-shared/documents/inputs.js';
import { EngineError, fieldError } from '../../kernel/engine-error.js';
import { readOffice } from '../../vault/office.js';
import type { WritableDb } from '../../vault/db-access.js';
import type { AuditFn } from '../../vault/open-vault.js';
import type { VaultService } from '../../vault/vault-service.js';
import { contentHash } from '../content-hash.js';
import type { Labels } from '../labels/default-labels.js';
import { type OfficeProfile, documentNumber } from '../layout/headers.js';
import type { DocumentDefinition } from '../pdf/definition.js';
import { renderPdf } from '../pdf/render.js';
import type { PrintOptions } from '../templates/common.js';
import { LIAISON_NOTICE_TYPE_CODE, type LiaisonNoticeInput, buildLiaisonNotice } from '../templates/liaison-notice.js';
import { MEETING_REPORT_TYPE_CODE, type MeetingReportInput, buildMeetingReport, meetingReportPrinted } from '../templates/meeting-report.js';
import { MEETING_TYPE_CODE, type MeetingMinutesInput, buildMeetingMinutes, meetingMinutesPrinted } from '../templates/meeting-minutes.js';
import { RETURNED_CROSSERS_TYPE_CODE, type ReturnedCrossersInput, buildReturnedCrossers } from '../templates/returned-crossers.js';
import { loadLabels } from './labels-store.js';
import { issueNumber, recordIssued, type IssueRequest } from './register.js';
import type { DocumentTables } from './tables.js';

export interface PrintedDocument {
  pdfBase64: string;
  /** "07/BB-VPLL-HT" */
  number: string;
  /** A re-print of content already issued: the same number, marked "BẢN SAO / ច្បាប់ចម្លង". */
  copy: boolean;
  /** Full SHA-256 of the printed content; its first 16 digits are printed under the QR code. */
  contentHash: string;
}

/** What every print from a record says besides the template's input. */
export interface RecordPrint {
  /** The record (meeting, interception, repatriation case) the document is printed from. */
  recordId: string;
  /** The office's time zone, for "not in the future" (default: this machine's, which is the office's). */
  timeZone?: string;
  onProgress?: (fraction: number) => void;
}

export interface PrintRequest extends RecordPrint {
  /** The template's input as mapped from the record (src-shared/documents/inputs.ts); parsed again here. */
  minutes: unknown;
}

export interface MeetingReportRequest extends RecordPrint {
  /** meetingReportSchema's input, as mapped from the meeting record; parsed again here. */
  report: unknown;
  /**
   * Print the confidential information items (marked "MẬT", the document stamped "MẬT"). Only for an officer
   * whose role may read them: the caller decides. Default false: they are left out, as in the minutes.
   */
  includeConfidential?: boolean;
}

export interface LiaisonNoticeRequest extends RecordPrint {
  /** The record kind the notice is printed from (its register entry and audit name it). */
  recordType: 'meeting' | 'repatriation';
  /** liaisonNoticeSchema's input; parsed again here. */
  notice: unknown;
}

/** The office settings as the document headers print them. */
export const officeProfile = (office: OfficeSettings): OfficeProfile => ({
  code: office.code,
  issuingBody: { vi: office.issuingBodyVi, km: office.issuingBodyKm },
  place: { vi: office.placeVi, km: office.placeKm },
});

interface Template<C, P> {
  template: string;
  recordType: string;
  typeCode: string;
  schema: z.ZodType<C>;
  /** The day the document is dated: never after today. */
  dateOf: (content: C) => string;
  /** The field that date is in, for the refusal. */
  dateField: string;
  /** What is printed (and hashed) for a register sequence. */
  printed: (content: C, number: number) => P;
  build: (printed: P, labels: Labels, office: OfficeProfile, print: PrintOptions) => DocumentDefinition;
  /** Audit detail beyond template and number: counts only, never names or text. */
  detail: (content: C) => Record<string, number>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parse<C>(schema: z.ZodType<C>, raw: unknown): C {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new EngineError(
    'invalid_input',
    { vi: 'Dữ liệu in văn bản chưa hợp lệ. Hãy xem các ô được đánh dấu.', en: 'The document cannot be printed: some fields are invalid.' },
    fieldErrors(parsed.error, raw),
  );
}

/** Today in the office's calendar, from the vault's clock. */
export const localToday = (instant: string, timeZone?: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));

/** One document to number and render, inside the caller's write transaction. */
export interface IssueStep {
  template: string;
  typeCode: string;
  recordType: string;
  recordId: string;
  officeCode: string;
  by: string;
  at: string;
  /** What is printed (and hashed) for a register sequence, and its layout with or without the copy mark. */
  build: (seq: number) => { content: unknown; definition: (copy: boolean) => DocumentDefinition };
  /** Audit detail beyond template and number: counts only, never names or text. */
  detail: Record<string, number>;
  onProgress?: (fraction: number) => void;
}

/**
 * The register's one print path, for every template: the first print of a content takes the next number;
 * the same content again gets the same number marked as a copy; the number and content hash are recorded
 * for documents.verify, the print is audited. Runs inside `vault.write`, so a failed render numbers nothing.
 */
export async function issueAndRender(trx: WritableDb<DocumentTables>, audit: AuditFn, step: IssueStep): Promise<PrintedDocument> {
  const issue: IssueRequest = {
    template: step.template,
    typeCode: step.typeCode,
    year: Number(step.at.slice(0, 4)),
    recordType: step.recordType,
    recordId: step.recordId,
    sourceHash: contentHash(step.build(0).content),
    issuedBy: step.by,
    at: step.at,
  };
  const issued = await issueNumber(trx, issue);
  const document = step.build(issued.seq);
  const number = documentNumber(issued.seq, step.typeCode, step.officeCode);
  const hash = contentHash(document.content);
  if (!issued.copy) await recordIssued(trx, issue, issued, number, hash);
  const pdf = await renderPdf(document.definition(issued.copy), { onProgress: step.onProgress });
  await audit({
    action: issued.copy ? 'document.reprint' : 'document.issue',
    recordType: step.recordType,
    recordId: step.recordId,
    detail: { template: step.template, number, ...step.detail },
  });
  return { pdfBase64: pdf.toString('base64'), number, copy: issued.copy, contentHash: hash };
}

async function issueDocument<C, P>(service: VaultService, kind: Template<C, P>, request: RecordPrint, input: unknown): Promise<PrintedDocument> {
  if (typeof request.recordId !== 'string' || !UUID.test(request.recordId)) throw fieldError('recordId', 'Không rõ hồ sơ cần in.', 'Unknown record to print from.');
  const content = parse(kind.schema, input);
  const vault = service.open();
  if (kind.dateOf(content) > localToday(vault.timestamp(), request.timeZone))
    throw fieldError(kind.dateField, 'Không in văn bản mang ngày trong tương lai.', 'A document cannot be dated in the future.', 'rule_violation');
  const office = officeProfile(await readOffice(service));
  const actor = service.actor();

  return vault.write(actor, async (raw, audit) => {
    const trx = raw.withTables<DocumentTables>();
    const labels = await loadLabels(trx);
    return issueAndRender(trx, audit, {
      template: kind.template,
      typeCode: kind.typeCode,
      recordType: kind.recordType,
      recordId: request.recordId,
      officeCode: office.code,
      by: actor.accountId!,
      at: vault.timestamp(),
      build: (seq) => {
        const printed = kind.printed(content, seq);
        return { content: printed, definition: (copy) => kind.build(printed, labels, office, { copy }) };
      },
      detail: kind.detail(content),
      onProgress: request.onProgress,
    });
  });
}

const MEETING_MINUTES: Template<z.output<typeof meetingMinutesSchema>, MeetingMinutesInput> = {
  template: 'meeting_minutes',
  recordType: 'meeting',
  typeCode: MEETING_TYPE_CODE,
  schema: meetingMinutesSchema,
  dateOf: (content) => content.date,
  dateField: 'date',
  printed: (content, number) => meetingMinutesPrinted({ ...content, number }),
  build: buildMeetingMinutes,
  detail: (content) => ({ delegates: content.delegations.VN.length + content.delegations.KH.length, actions: content.actions.length }),
};

const RETURNED_CROSSERS: Template<z.output<typeof returnedCrossersSchema>, ReturnedCrossersInput> = {
  template: 'returned_crossers',
  recordType: 'interception',
  typeCode: RETURNED_CROSSERS_TYPE_CODE,
  schema: returnedCrossersSchema,
  dateOf: (content) => content.date,
  dateField: 'date',
  printed: (content, number) => ({ ...content, number }),
  build: buildReturnedCrossers,
  detail: (content) => ({ persons: content.persons.length }),
};

const meetingReport = (includeConfidential: boolean): Template<z.output<typeof meetingReportSchema>, MeetingReportInput> => ({
  template: 'meeting_report',
  recordType: 'meeting',
  typeCode: MEETING_REPORT_TYPE_CODE,
  schema: meetingReportSchema,
  dateOf: (content) => content.reportDate,
  dateField: 'reportDate',
  printed: (content, number) => meetingReportPrinted({ ...content, number }, includeConfidential),
  build: buildMeetingReport,
  detail: (content) => ({
    exchanges: content.exchanges.length,
    // How many confidential items went onto paper (0 when they were left out): a count, never their text.
    confidentialPrinted: includeConfidential ? content.exchanges.filter((e) => e.sensitivity === 'confidential').length : 0,
    actions: content.actions.length,
  }),
});

const liaisonNotice = (recordType: string): Template<z.output<typeof liaisonNoticeSchema>, LiaisonNoticeInput> => ({
  template: 'liaison_notice',
  recordType,
  typeCode: LIAISON_NOTICE_TYPE_CODE,
  schema: liaisonNoticeSchema,
  dateOf: (content) => content.date,
  dateField: 'date',
  printed: (content, number) => ({ ...content, number }),
  build: buildLiaisonNotice,
  detail: (content) => ({ persons: content.facts.persons?.total ?? 0 }),
});

/** Bilingual meeting minutes (b) from a meeting record. Confidential information items are not printed. */
export const printMeetingMinutes = (service: VaultService, request: PrintRequest) => issueDocument(service, MEETING_MINUTES, request, request.minutes);

/** Bilingual returned-crossers minutes (c) from an interception record: the persons returned across the line. */
export const printReturnedCrossers = (service: VaultService, request: PrintRequest) => issueDocument(service, RETURNED_CROSSERS, request, request.minutes);

/**
 * "Báo cáo kết quả hội đàm" from a meeting record: Vietnamese only, its own register sequence ("05/BC-…").
 * Confidential items only with `includeConfidential` (see MeetingReportRequest).
 */
export const printMeetingReport = (service: VaultService, request: MeetingReportRequest) =>
  issueDocument(service, meetingReport(request.includeConfidential === true), request, request.report);

/** Bilingual liaison notice ("03/TB-…") to the counterpart office, from a meeting or a repatriation case. */
export async function printLiaisonNotice(service: VaultService, request: LiaisonNoticeRequest) {
  if (request.recordType !== 'meeting' && request.recordType !== 'repatriation')
    throw fieldError('recordType', 'Không rõ loại hồ sơ cần in.', 'Unknown kind of record to print from.');
  return issueDocument(service, liaisonNotice(request.recordType), request, request.notice);
}
