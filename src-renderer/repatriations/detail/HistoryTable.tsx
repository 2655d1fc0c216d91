import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../src-shared/contract/index.js';
import { ReviewHistory, type HistoryLine } from '../../records/ReviewHistory.js';
import { CASE_RECORD } from '../record-kind.js';
import { StageTag } from '../tags.js';

/** "Lịch sử": stage moves and review acts (submission, approval, return, amendment with its reason), newest first. */
export function HistoryTable({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const stageLines: HistoryLine[] = view.history.map((h) => ({
    at: h.at,
    by: h.by,
    step: h.from ? (
      <>
        {t(`rep.stage.${h.from}`)} → <StageTag stage={h.to} />
      </>
    ) : (
      <StageTag stage={h.to} />
    ),
    note: h.note,
  }));
  return <ReviewHistory kindUi={CASE_RECORD} view={view} lines={stageLines} />;
}
