import { Alert, App as AntApp, Button, Checkbox, Input, Modal, Radio, Select, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Bilingual, CaseMemberInput, CaseView, PersonHit } from '../../src-shared/contract/index.js';
import { StatusTag } from '../app/StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { birthText } from './CaseList.js';
import { staleSaveOf } from '../records/kind.js';
import { useAmendReason } from '../records/useAmendReason.js';
import { useConfirmDiscard } from './form-parts.js';
import { CASE_RECORD } from './record-kind.js';
import { readBase64, textToBase64, toCsv } from './model.js';
import { AsTyped } from './khmer.js';
import { useReferenceData, V } from './reference-data.js';
import { SaveSpreadsheetButton } from './SaveSpreadsheet.js';

interface Row {
  key: number;
  /** Line in the file as first read (kept through re-checks, so the person can find it in their spreadsheet). */
  line: number;
  raw: Record<string, string>;
  errors: Record<string, Bilingual>;
  member: CaseMemberInput | null;
  duplicates: PersonHit[];
  /** Likely someone already in this case: never offered for linking, the row must be dropped or kept as new. */
  alreadyInCase: PersonHit[];
  dropped: boolean;
  /** "new", a person id to link, or null while undecided (only asked when there are likely duplicates). */
  choice: string | null;
  /** Edited since the last check. */
  edited: boolean;
  /** Every cell of the row open for editing (otherwise only the cells with a problem). */
  editingAll?: boolean;
}

const MAX_BYTES = 5 * 1024 * 1024;

/** A row that may be someone already known asks the person to decide (link, or add as new). */
const needsChoice = (row: { duplicates: PersonHit[]; alreadyInCase: PersonHit[] }) => row.duplicates.length > 0 || row.alreadyInCase.length > 0;

/** Link to a likely existing person, or add as new; someone already in this case is named but cannot be linked again. */
function DuplicateChoice({ row, onChoose }: { row: Row; onChoose: (choice: string) => void }) {
  const { t } = useTranslation();
  if (!needsChoice(row)) return null;
  return (
    <Radio.Group value={row.choice} onChange={(event) => onChoose(event.target.value)} className="rep-dup-choice" aria-label={t('rep.import.duplicates')}>
      {row.alreadyInCase.map((hit) => (
        <div key={hit.id} className="rep-dup-in-case">
          {t('rep.import.alreadyInCase', { name: hit.fullNameVi, birth: birthText(hit.birth, t) })}
        </div>
      ))}
      {row.duplicates.map((hit) => (
        <Radio key={hit.id} value={hit.id}>
          {t('rep.import.linkTo', { name: hit.fullNameVi, birth: birthText(hit.birth, t), count: hit.caseCount })}
        </Radio>
      ))}
      <Radio value="new">{t('rep.import.addNew')}</Radio>
    </Radio.Group>
  );
}

/**
 * A group list as the other side sends it (CSV or Excel): read by the engine, shown row by row with the
 * problem beside each cell, fixed in place or dropped, checked again, likely duplicates linked or kept apart —
 * and nothing saved until "Add N persons".
 */
export function ImportDialog({ view, onAdded, onClose }: { view: CaseView; onAdded: (view: CaseView) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const ref = useReferenceData();
  const amendReason = useAmendReason(CASE_RECORD.texts);
  const confirmDiscard = useConfirmDiscard();
  const [fileName, setFileName] = useState<string | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [rows, setRows] = useState<Row[]>([]);
  const [role, setRole] = useState('being_identified');
  // People received from Cambodia are mostly Vietnamese; people handed over to Cambodia mostly Cambodian.
  const [nationality, setNationality] = useState(view.direction === 'receiving_from_kh' ? 'VN' : 'KH');
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [version, setVersion] = useState(view.version);
  const nextKey = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  /** The rows with the engine's new reading of the kept ones (a decision on duplicates survives when still offered). */
  const apply = (
    current: Row[],
    kept: Row[],
    result: { rows: { member: CaseMemberInput | null; errors: Record<string, Bilingual>; duplicates: PersonHit[]; alreadyInCase: PersonHit[] }[] },
  ): Row[] => {
    const byKey = new Map(kept.map((row, i) => [row.key, result.rows[i]]));
    return current.map((row) => {
      const checked = byKey.get(row.key);
      if (!checked) return row;
      const choice = needsChoice(checked) ? (checked.duplicates.some((d) => d.id === row.choice) || row.choice === 'new' ? row.choice : null) : 'new';
      return { ...row, errors: checked.errors, member: checked.member, duplicates: checked.duplicates, alreadyInCase: checked.alreadyInCase, choice, edited: false };
    });
  };

  const readFile = async (file: File) => {
    setError(null);
    const format = /\.xlsx$/i.test(file.name) ? 'xlsx' : /\.(csv|txt)$/i.test(file.name) ? 'csv' : null;
    if (!format) return setError({ code: 'invalid_input', message: { vi: t('rep.import.wrongType', { lng: 'vi' }), en: t('rep.import.wrongType', { lng: 'en' }) } });
    if (file.size > MAX_BYTES) return setError({ code: 'invalid_input', message: { vi: t('rep.import.tooBig', { lng: 'vi' }), en: t('rep.import.tooBig', { lng: 'en' }) } });
    setBusy(true);
    const result = await invoke('repatriations.importPreview', {
      format,
      contentBase64: await readBase64(file),
      defaults: { role },
      nationality,
      estimateAt: view.eventDate,
      caseId: view.id,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setFileName(file.name);
    setColumns(result.value.columns);
    setRows(
      result.value.rows.map((row) => ({
        key: nextKey.current++,
        line: row.line,
        raw: row.raw,
        errors: row.errors,
        member: row.member,
        duplicates: row.duplicates,
        alreadyInCase: row.alreadyInCase,
        dropped: false,
        choice: needsChoice(row) ? null : 'new',
        edited: false,
      })),
    );
  };

  /** Checks the kept rows again with the engine (the same reading as the first time): a CSV rebuilt from the cells. */
  const recheck = async (current = rows, defaultsRole = role, batchNationality = nationality): Promise<Row[] | null> => {
    const kept = current.filter((row) => !row.dropped);
    if (!kept.length) return current;
    setBusy(true);
    const result = await invoke('repatriations.importPreview', {
      format: 'csv',
      contentBase64: textToBase64(
        toCsv(
          columns,
          kept.map((row) => row.raw),
        ),
      ),
      defaults: { role: defaultsRole },
      nationality: batchNationality,
      estimateAt: view.eventDate,
      caseId: view.id,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    if (result.value.rows.length !== kept.length) {
      setError({ code: 'internal', message: { vi: t('rep.import.recheckMismatch', { lng: 'vi' }), en: t('rep.import.recheckMismatch', { lng: 'en' }) } });
      return null;
    }
    setError(null);
    const next = apply(current, kept, result.value);
    setRows(next);
    return next;
  };

  const kept = rows.filter((row) => !row.dropped);
  const bad = kept.filter((row) => !row.member || Object.keys(row.errors).length);
  const undecided = kept.filter((row) => row.member && needsChoice(row) && row.choice === null);
  const edited = kept.some((row) => row.edited);
  const ready = kept.length > 0 && !bad.length && !undecided.length;

  const add = async () => {
    const latest = edited ? await recheck() : rows;
    if (!latest) return;
    const toAdd = latest.filter((row) => !row.dropped);
    if (!toAdd.length || toAdd.some((row) => !row.member || Object.keys(row.errors).length || (needsChoice(row) && row.choice === null))) return;
    const amendmentReason = await amendReason(view);
    if (amendmentReason === null) return;
    const members: CaseMemberInput[] = toAdd.map((row) => (row.choice && row.choice !== 'new' ? { personId: row.choice, participation: row.member!.participation } : row.member!));
    setBusy(true);
    const result = await invoke('repatriations.addMembers', { id: view.id, version, members, amendmentReason });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      const conflict = staleSaveOf<CaseView>(result.error);
      if (conflict) setVersion(conflict.current.version);
      // "members.3.personId" → the fourth kept row.
      const perRow = new Map<number, Bilingual>();
      for (const [path, text] of Object.entries(result.error.fields ?? {})) {
        const match = /^members\.(\d+)/.exec(path);
        if (match) perRow.set(toAdd[Number(match[1])]?.key, text);
      }
      if (perRow.size) setRows((current) => current.map((row) => (perRow.has(row.key) ? { ...row, errors: { ...row.errors, _: perRow.get(row.key)! } } : row)));
      return;
    }
    void message.success(t('rep.import.added', { count: members.length }));
    onAdded(result.value);
  };

  const close = async () => {
    if (!rows.length || (await confirmDiscard(t('rep.import.discardText')))) onClose();
  };

  const update = (key: number, patch: Partial<Row>) => setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const setCell = (key: number, column: string, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, raw: { ...row.raw, [column]: value }, edited: true } : row)));

  const status = (row: Row) => {
    if (row.dropped) return <StatusTag tone="neutral">{t('rep.import.status.dropped')}</StatusTag>;
    if (row.edited) return <StatusTag tone="attention">{t('rep.import.status.edited')}</StatusTag>;
    if (!row.member || Object.keys(row.errors).length) return <StatusTag tone="bad">{t('rep.import.status.error')}</StatusTag>;
    if (needsChoice(row) && row.choice === null) return <StatusTag tone="attention">{t('rep.import.status.duplicate')}</StatusTag>;
    if (row.choice && row.choice !== 'new') return <StatusTag tone="info">{t('rep.import.status.linked')}</StatusTag>;
    return <StatusTag tone="ok">{t('rep.import.status.ok')}</StatusTag>;
  };

  const shown = onlyProblems ? rows.filter((row) => row.dropped || row.edited || !row.member || Object.keys(row.errors).length || (needsChoice(row) && row.choice === null)) : rows;

  return (
    <Modal
      open
      title={t('rep.import.title', { number: view.caseNumber })}
      onCancel={() => void close()}
      width="min(1320px, 98vw)"
      maskClosable={false}
      className="rep-import-modal"
      footer={
        <div className="rep-import-footer">
          <span className="rep-import-counts" aria-live="polite" data-testid="import-counts">
            {rows.length > 0 && t('rep.import.counts', { total: rows.length, ok: kept.length - bad.length, bad: bad.length, dropped: rows.length - kept.length })}
          </span>
          <Space>
            <Button onClick={() => void close()}>{t('common.cancel')}</Button>
            {rows.length > 0 && (
              <Button onClick={() => void recheck()} loading={busy} disabled={!edited} data-testid="recheck">
                {t('rep.import.recheck')}
              </Button>
            )}
            <Button type="primary" disabled={!kept.length || (!edited && !ready)} loading={busy} onClick={() => void add()} data-testid="import-add">
              {t('rep.import.add', { count: kept.length })}
            </Button>
          </Space>
        </div>
      }
    >
      <div className="rep-import-top">
        <label className="rep-file-pick">
          <span className="ant-btn ant-btn-default rep-file-button">{fileName ? t('rep.import.chooseOther') : t('rep.import.choose')}</span>
          <input
            ref={input}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('rep.import.choose')}
            data-testid="import-file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
        {fileName ? <Typography.Text strong>{fileName}</Typography.Text> : <Typography.Text type="secondary">{t('rep.import.hint')}</Typography.Text>}
        <label className="rep-inline-field">
          <span>{t('rep.import.role')}</span>
          <Select
            value={role}
            options={ref.options(V.role)}
            style={{ width: 220 }}
            onChange={(value) => {
              setRole(value);
              if (rows.length) void recheck(rows, value);
            }}
          />
        </label>
        <label className="rep-inline-field">
          <span>{t('rep.import.nationality')}</span>
          <Select
            value={nationality}
            options={ref.options(V.nationality)}
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 200 }}
            aria-label={t('rep.import.nationality')}
            onChange={(value) => {
              setNationality(value);
              if (rows.length) void recheck(rows, role, value);
            }}
          />
        </label>
        <span className="rep-inline-field rep-import-template">
          <span>{t('rep.import.template')}</span>
          <SaveSpreadsheetButton size="small" make={() => invoke('repatriations.importTemplate', { format: 'xlsx' })}>
            {t('rep.import.templateXlsx')}
          </SaveSpreadsheetButton>
          <SaveSpreadsheetButton size="small" make={() => invoke('repatriations.importTemplate', { format: 'csv' })}>
            {t('rep.import.templateCsv')}
          </SaveSpreadsheetButton>
        </span>
        {rows.length > 0 && (
          <Checkbox checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)}>
            {t('rep.import.onlyProblems')}
          </Checkbox>
        )}
      </div>
      {error && (
        <Alert
          type={error.code === 'conflict' ? 'warning' : 'error'}
          showIcon
          role="alert"
          title={
            error.code === 'conflict'
              ? t('rep.import.conflict', { who: staleSaveOf<CaseView>(error)?.updatedBy ?? '', when: formatDateTime(staleSaveOf<CaseView>(error)?.updatedAt ?? '') })
              : pick(error.message)
          }
          style={{ marginBottom: 8 }}
        />
      )}
      {!!undecided.length && <Alert type="warning" showIcon title={t('rep.import.decide', { count: undecided.length })} style={{ marginBottom: 8 }} />}
      {rows.length > 0 && (
        <div className="rep-import-scroll">
          <Table<Row>
            size="small"
            rowKey="key"
            data-testid="import-table"
            dataSource={shown}
            pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            // Every column fits the dialog (no sideways scrolling, nothing behind a fixed column): cells wrap instead.
            // One table scrolled by its wrapper with a sticky header, not antd's `scroll.y`: that copies the header
            // into a second table whose widths are rounded to whole pixels and ran a few pixels past the dialog.
            tableLayout="fixed"
            className="rep-import-table"
            rowClassName={(row) => (row.dropped ? 'rep-row-dropped' : !row.member || Object.keys(row.errors).length ? 'rep-row-error' : '')}
            columns={[
              { title: t('rep.import.line'), dataIndex: 'line', width: 46, render: (line: number) => <span className="tabular">{line}</span> },
              {
                title: t('rep.import.statusTitle'),
                key: 'status',
                width: 190,
                render: (_, row) => (
                  <div className="rep-import-status">
                    {status(row)}
                    {row.errors._ && <div className="rep-error-text">{pick(row.errors._)}</div>}
                    {!row.dropped && <DuplicateChoice row={row} onChoose={(choice) => update(row.key, { choice })} />}
                  </div>
                ),
              },
              ...columns.map((column) => ({
                title: column,
                key: column,
                // Narrow for a row number, wider for names and addresses; the rest share what is left.
                width: /^(stt|no\.?|#\d*)$/i.test(column) ? 44 : undefined,
                render: (_: unknown, row: Row) => {
                  const problem = row.errors[column];
                  const editable = !row.dropped && (problem || row.editingAll);
                  if (!editable) return <AsTyped text={row.raw[column]} />;
                  return (
                    <div className={problem ? 'rep-cell-error' : undefined}>
                      <Input
                        size="small"
                        value={row.raw[column] ?? ''}
                        status={problem ? 'error' : undefined}
                        aria-label={t('rep.import.cellLabel', { column, line: row.line })}
                        aria-invalid={!!problem}
                        onChange={(event) => setCell(row.key, column, event.target.value)}
                        onPressEnter={() => void recheck()}
                      />
                      {problem && <div className="rep-error-text">{pick(problem)}</div>}
                    </div>
                  );
                },
              })),
              {
                title: t('rep.form.actions'),
                key: 'actions',
                width: 96,
                render: (_, row) =>
                  row.dropped ? (
                    <Button size="small" onClick={() => update(row.key, { dropped: false, edited: true })} aria-label={t('rep.import.restoreLine', { line: row.line })}>
                      {t('rep.import.restore')}
                    </Button>
                  ) : (
                    <Space size={4} orientation="vertical">
                      {!row.editingAll && (
                        <Button size="small" onClick={() => update(row.key, { editingAll: true })} aria-label={t('rep.import.editLine', { line: row.line })}>
                          {t('common.edit')}
                        </Button>
                      )}
                      <Button size="small" onClick={() => update(row.key, { dropped: true })} aria-label={t('rep.import.dropLine', { line: row.line })}>
                        {t('rep.import.drop')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
