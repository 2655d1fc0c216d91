import { Button, Checkbox, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clearNamed } from '../forms/clear-button.js';

/** Text filter + "needs review only" + a summary: the bar above the label and reference-data tables. */
export function ReviewFilter(props: {
  text: string;
  onText: (text: string) => void;
  reviewOnly: boolean;
  onReviewOnly: (reviewOnly: boolean) => void;
  reviewOnlyLabel: string;
  summary: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="docs-filter" role="search">
      <Input.Search
        allowClear={clearNamed(t('common.clearText'))}
        value={props.text}
        onChange={(event) => props.onText(event.target.value)}
        placeholder={t('docs.filter.textHint')}
        aria-label={t('docs.filter.text')}
        enterButton={<Button icon={<SearchOutlined />} aria-label={t('common.search')} />}
        spellCheck={false}
      />
      <Checkbox checked={props.reviewOnly} onChange={(event) => props.onReviewOnly(event.target.checked)}>
        {props.reviewOnlyLabel}
      </Checkbox>
      {props.summary}
    </div>
  );
}
