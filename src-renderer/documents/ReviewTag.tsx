import { useTranslation } from 'react-i18next';
import { StatusTag } from '../app/StatusTag.js';

/** "Cần dịch giả kiểm tra" / "Đã kiểm tra": the translator-review flag in words and colour. */
export function ReviewTag({ needsReview }: { needsReview: boolean }) {
  const { t } = useTranslation();
  return needsReview ? <StatusTag tone="attention">{t('docs.review.needs')}</StatusTag> : <StatusTag tone="ok">{t('docs.review.ok')}</StatusTag>;
}
