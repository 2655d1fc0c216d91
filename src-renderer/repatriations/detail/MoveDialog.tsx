import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepatriationStage } from '../../../src-shared/contract/index.js';

/** A stage move, with an optional note (short dialog: Enter moves). */
export function MoveDialog({ to, busy, onMove, onClose }: { to: RepatriationStage; busy: boolean; onMove: (note: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('rep.detail.moveTitle', { stage: t(`rep.stage.${to}`) })}
      onCancel={onClose}
      okText={t('rep.detail.moveOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: to === 'cancelled' }}
      onOk={() => onMove(note)}
    >
      <label className="rep-block-label">
        <span>{t('rep.detail.moveNote')}</span>
        <Input autoFocus value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} onPressEnter={() => onMove(note)} />
      </label>
    </Modal>
  );
}
