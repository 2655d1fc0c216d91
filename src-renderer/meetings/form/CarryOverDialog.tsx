import { Alert, Modal, Spin, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionRow } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { pick } from '../../i18n/index.js';
import { formatDate } from '../../repatriations/model.js';
import { useEngineData } from '../../session/session-context.js';
import { ActionStatusTag } from '../tags.js';

/** Pending actions of earlier meetings with the same counterpart, offered to carry over into this one. */
export function CarryOverDialog({
  counterpartCode,
  before,
  meetingId,
  exclude,
  onPick,
  onClose,
}: {
  counterpartCode: string;
  before: string | null;
  meetingId: string | null;
  /** Actions already carried into this form. */
  exclude: string[];
  onPick: (rows: ActionRow[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const { data, error, loading } = useEngineData(() => invoke('meetings.carryOver', { counterpartCode, before: before || null, meetingId }), [counterpartCode, before, meetingId]);
  const rows = (data ?? []).filter((row) => !exclude.includes(row.id));
  return (
    <Modal
      open
      title={t('meet.form.carryOverTitle')}
      width="min(980px, 96vw)"
      okText={t('meet.form.carryOverAdd')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: chosen.length === 0, 'data-testid': 'carry-over-add' }}
      onOk={() => onPick(rows.filter((row) => chosen.includes(row.id)))}
      onCancel={onClose}
    >
      {error && <Alert type="error" showIcon title={pick(error.message)} />}
      {!data && loading && <Spin />}
      {data && (
        <Table<ActionRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={rows}
          data-testid="carry-over-table"
          locale={{ emptyText: t('meet.form.carryOverEmpty') }}
          rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]), getCheckboxProps: (row) => ({ 'aria-label': row.text }) as object }}
          columns={[
            {
              title: t('meet.field.meetingNumber'),
              dataIndex: 'meetingNumber',
              width: 120,
              render: (v: string, row) => (
                <span className="tabular rep-nowrap">
                  {v}
                  <br />
                  {formatDate(row.meetingDate)}
                </span>
              ),
            },
            { title: t('meet.field.actionText'), dataIndex: 'text' },
            { title: t('meet.field.ownerSide'), dataIndex: 'ownerSide', width: 110, render: (s: 'VN' | 'KH' | 'both') => t(`meet.side.${s}`) },
            { title: t('meet.field.due'), dataIndex: 'due', width: 100, render: (d: string | null) => <span className="tabular">{formatDate(d) || t('common.none')}</span> },
            { title: t('meet.field.status'), key: 'status', width: 170, render: (_, row) => <ActionStatusTag status={row.status} overdue={row.overdue} /> },
          ]}
        />
      )}
    </Modal>
  );
}
