import { Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedRecord } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';

/** Repatriation cases discussed at the meeting: picked by their number, shown as removable tags. */
export function CaseLinks({ value = [], onChange }: { value?: LinkedRecord[]; onChange?: (links: LinkedRecord[]) => void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [searching, setSearching] = useState(false);

  const search = async (query: string) => {
    if (query.trim().length < 2) return setOptions([]);
    setSearching(true);
    const result = await invoke('repatriations.list', { query, limit: 10, offset: 0 });
    setSearching(false);
    if (result.ok) setOptions(result.value.rows.filter((row) => !value.some((l) => l.id === row.id)).map((row) => ({ value: row.id, label: row.caseNumber })));
  };

  return (
    <div className="meet-links">
      <div className="meet-link-tags" data-testid="linked-cases">
        {value.map((link) => (
          <Tag
            key={link.id}
            closable
            onClose={() => onChange?.(value.filter((l) => l.id !== link.id))}
            closeIcon={<span aria-label={`${t('common.remove')} ${link.number}`}>✕</span>}
          >
            <span className="tabular">{link.number}</span>
          </Tag>
        ))}
      </div>
      <Select
        showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
        value={null}
        loading={searching}
        placeholder={t('meet.form.linkPlaceholder')}
        aria-label={t('meet.form.linkSearch')}
        options={options}
        notFoundContent={null}
        onChange={(id: string) => {
          const picked = options.find((o) => o.value === id);
          if (picked) onChange?.([...value, { kind: 'repatriation', id, number: picked.label }]);
          setOptions([]);
        }}
        style={{ width: 320 }}
        data-testid="link-case-search"
      />
    </div>
  );
}
