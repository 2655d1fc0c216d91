import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InterceptionView } from '../../src-shared/contract/index.js';
import { newEngine, officePeople, setUpVault, type TestEngine } from '../support/vault.js';
import { BASE_FIELDS, HANDOVER_READY, THREE_PERSONS } from '../support/repatriations.js';
import { MEETING } from '../support/meetings.js';
import { GROUP } from '../support/interceptions.js';
import { auditSince, snapshot, changedTables } from '../support/vault-snapshot.js';

/**
 * The one record lifecycle, tested once and run for every record kind: stale save refused with nothing
 * changed, submit / return with a comment / approve, amendments with a reason after approval, comments that
 * leave the version alone, attachments (an amendment after approval; opening one is audited), soft delete.
 * A new record kind adds its entry to KINDS; it never copies these tests.
 */

/** What the lifecycle tests need to know of a record kind. */
interface KindUnderTest {
  /** Audit record type and action prefix, e.g. 'repatriation' → 'repatriation.approve'. */
  kind: string;
  /** The kind's main table (it carries the lifecycle columns). */
  table: string;
  /** Channel prefix, e.g. 'repatriations' → 'repatriations.submit'. */
  channels: string;
  /** The role of the person who writes this kind of record. */
  author: 'officer' | 'liaison';
  /** Creates a record (as the signed-in author), ready to be approved once submitted. */
  create: (t: TestEngine) => Promise<Rec>;
  /** An ordinary edit of its content, with the amendment reason when one is given. */
  edit: (t: TestEngine, rec: Rec, amendmentReason?: string) => Promise<unknown>;
}

interface Rec {
  id: string;
  version: number;
  review: { state: string; changedSinceApproval: boolean; events: { kind: string; text: string }[] };
  attachments: { id: string; fileName: string }[];
  updatedBy: string;
}

const KINDS: KindUnderTest[] = [
  {
    kind: 'repatriation',
    table: 'repatriation_cases',
    channels: 'repatriations',
    author: 'officer',
    create: async (t) => {
      let view = await t.call('repatriations.create', { fields: { ...BASE_FIELDS, ...HANDOVER_READY }, members: THREE_PERSONS.slice(0, 1) });
      // A repatriation is approved once the persons are handed over.
      for (const to of ['verifying', 'agreed', 'handed_over'] as const) view = await t.call('repatriations.move', { id: view.id, version: view.version, to });
      return view;
    },
    edit: (t, rec, amendmentReason = '') =>
      t.tryCall('repatriations.update', { id: rec.id, version: rec.version, fields: { ...BASE_FIELDS, ...HANDOVER_READY, summary: `Sửa lúc ${rec.version}` }, amendmentReason }),
  },
  {
    kind: 'meeting',
    table: 'meetings',
    channels: 'meetings',
    author: 'liaison',
    create: (t) => t.call('meetings.create', { fields: MEETING }),
    edit: (t, rec, amendmentReason = '') =>
      t.tryCall('meetings.update', { id: rec.id, version: rec.version, fields: { ...MEETING, notes: `Sửa lúc ${rec.version}` }, amendmentReason }),
  },
  {
    kind: 'interception',
    table: 'interceptions',
    channels: 'interceptions',
    author: 'officer',
    create: (t) => t.call('interceptions.create', { fields: GROUP }),
    // The persons stay as saved (by id); only the notes change. Every act answers with the whole view.
    edit: async (t, rec, amendmentReason = '') => {
      const current = rec as unknown as InterceptionView;
      const persons = current.persons.map((p, i) => ({ ...GROUP.persons![i], person: null, personId: p.person.id }));
      const facilitators = current.facilitators.map((f) => ({ personId: f.person.id, role: f.role, note: f.note }));
      return t.tryCall('interceptions.update', { id: rec.id, version: rec.version, fields: { ...GROUP, persons, facilitators, notes: `Sửa lúc ${rec.version}` }, amendmentReason });
    },
  },
];

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
const NOW = new Date('2026-12-02T03:00:00Z');

describe.each(KINDS)('the record lifecycle of $kind', (subject) => {
  let t: TestEngine;
  let as: (person: 'author' | 'commander') => Promise<void>;
  /** Channels of this kind, by act ('submit' → 'repatriations.submit'). */
  const on = (act: string) => `${subject.channels}.${act}` as ChannelName;
  const call = async (act: string, input: unknown): Promise<Rec> => {
    const result = await t.tryCall(on(act), input);
    if (!result.ok) throw new Error(`${on(act)}: ${result.error.code} ${result.error.message.en}`);
    return result.value as Rec;
  };
  const get = (id: string) => call('get', { id });

  async function approved(): Promise<Rec> {
    const rec = await subject.create(t);
    const submitted = await call('submit', { id: rec.id, version: rec.version });
    await as('commander');
    const done = await call('approve', { id: rec.id, version: submitted.version });
    await as('author');
    return done;
  }

  beforeEach(async () => {
    t = newEngine({ now: () => NOW });
    await setUpVault(t);
    as = await officePeople(t, { author: subject.author, commander: 'commander' });
    await as('author');
  });
  afterEach(() => t.cleanup());

  it('refuses a stale save with who saved last, and changes nothing', async () => {
    const rec = await subject.create(t);
    expect((await subject.edit(t, rec)) as { ok: boolean }).toMatchObject({ ok: true });
    const before = snapshot(t);
    const stale = await subject.edit(t, rec);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', detail: { updatedBy: 'Cán bộ author', current: { id: rec.id, version: rec.version + 1 } } } });
    expect(changedTables(before, snapshot(t, before))).toEqual([]);
  });

  it('moves through submit, return with a comment, resubmit and approve; each act audited and on the timeline', async () => {
    const rec = await subject.create(t);
    const seq = snapshot(t).auditSeq;
    const submitted = await call('submit', { id: rec.id, version: rec.version });
    expect(submitted.review.state).toBe('submitted');
    expect(await t.tryCall(on('submit'), { id: rec.id, version: submitted.version })).toMatchObject({ ok: false, error: { code: 'rule_violation' } });

    await as('commander');
    expect(await t.tryCall(on('return'), { id: rec.id, version: submitted.version, comment: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { comment: { en: 'Write a comment: the author needs to know what to fix.' } } },
    });
    const returned = await call('return', { id: rec.id, version: submitted.version, comment: 'Thiếu chữ ký phía bạn.' });
    expect(returned.review).toMatchObject({ state: 'returned' });

    await as('author');
    const again = await call('submit', { id: rec.id, version: returned.version });
    await as('commander');
    const done = await call('approve', { id: rec.id, version: again.version });
    expect(done.review.state).toBe('approved');
    expect(done.review.events.map((event) => [event.kind, event.text])).toEqual([
      ['submit', ''],
      ['return', 'Thiếu chữ ký phía bạn.'],
      ['submit', ''],
      ['approve', ''],
    ]);
    expect(await t.tryCall(on('approve'), { id: rec.id, version: done.version })).toMatchObject({ ok: false, error: { code: 'rule_violation' } });
    const acts = auditSince(t, seq)
      .filter((entry) => entry.record_id === rec.id)
      .map((entry) => entry.action);
    expect(acts).toEqual([`${subject.kind}.submit`, `${subject.kind}.return`, `${subject.kind}.submit`, `${subject.kind}.approve`]);
  });

  it('after approval a change needs a reason, is an amendment on the timeline, and marks the record changed since approval', async () => {
    const rec = await approved();
    const before = snapshot(t);
    expect(await subject.edit(t, rec, '  ')).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { amendmentReason: { en: 'Give the reason for the amendment.' } } },
    });
    expect(changedTables(before, snapshot(t, before))).toEqual([]);
    expect(await subject.edit(t, rec, 'Sai tên đơn vị')).toMatchObject({ ok: true });
    const amended = await get(rec.id);
    expect(amended.review).toMatchObject({ state: 'approved', changedSinceApproval: true });
    expect(amended.review.events.at(-1)).toMatchObject({ kind: 'amend', text: 'Sai tên đơn vị' });
    expect(auditSince(t, before.auditSeq).some((entry) => entry.action.endsWith('.amendment') && entry.record_id === rec.id)).toBe(true);
  });

  it('a comment goes on the thread without moving the version, so nobody’s open form goes stale', async () => {
    const rec = await subject.create(t);
    const commented = await call('comment', { id: rec.id, comment: 'Đã gọi điện cho phía bạn.' });
    expect(commented.version).toBe(rec.version);
    expect(commented.review.events.at(-1)).toMatchObject({ kind: 'comment', text: 'Đã gọi điện cho phía bạn.' });
    expect(await t.tryCall(on('comment'), { id: rec.id, comment: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('an attachment after approval is an amendment with a reason; opening it is audited; a mislabelled file is refused', async () => {
    const rec = await approved();
    const file = { fileName: 'bien-ban-ky.pdf', mimeType: 'application/pdf', contentBase64: PDF, description: 'Bản ký' };
    expect(await t.tryCall(on('addAttachment'), { id: rec.id, version: rec.version, ...file, amendmentReason: '' })).toMatchObject({
      ok: false,
      error: { fields: { amendmentReason: expect.anything() } },
    });
    expect(await t.tryCall(on('addAttachment'), { id: rec.id, version: rec.version, ...file, mimeType: 'image/png', amendmentReason: 'Bản ký' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { file: { en: 'The file content does not match its type (PDF, JPEG, PNG).' } } },
    });
    const withFile = await call('addAttachment', { id: rec.id, version: rec.version, ...file, amendmentReason: 'Bổ sung bản ký' });
    expect(withFile.attachments.map((a) => a.fileName)).toEqual(['bien-ban-ky.pdf']);
    expect(withFile.review.changedSinceApproval).toBe(true);
    const seq = snapshot(t).auditSeq;
    const opened = await t.tryCall(on('getAttachment'), { id: rec.id, attachmentId: withFile.attachments[0]!.id });
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'bien-ban-ky.pdf', mimeType: 'application/pdf', contentBase64: PDF } });
    expect(auditSince(t, seq).map((entry) => [entry.action, entry.record_id])).toEqual([['attachment.view', rec.id]]);
  });

  it('a soft delete needs the current version, keeps the row and hides the record and its attachments from every read', async () => {
    const rec = await subject.create(t);
    const withFile = await call('addAttachment', {
      id: rec.id,
      version: rec.version,
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      contentBase64: PDF,
      description: '',
      amendmentReason: '',
    });
    await as('commander');
    expect(await t.tryCall(on('delete'), { id: rec.id, version: rec.version, reason: 'Trùng hồ sơ' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.tryCall(on('delete'), { id: rec.id, version: withFile.version, reason: 'Trùng hồ sơ' })).toMatchObject({ ok: true });
    expect(await t.tryCall(on('get'), { id: rec.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const kept = t.engine.ctx.vault.open().sqlite.prepare(`SELECT delete_reason, deleted_by IS NOT NULL AS byWhom FROM ${subject.table} WHERE id = ?`).get(rec.id);
    expect(kept).toEqual({ delete_reason: 'Trùng hồ sơ', byWhom: 1 });
    expect(await t.tryCall(on('getAttachment'), { id: rec.id, attachmentId: withFile.attachments[0]!.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
