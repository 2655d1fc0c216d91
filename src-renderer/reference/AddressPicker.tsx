import { Alert, Button, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnit, AdminUnitHit, AdminUnitLookup, Bilingual } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';

export interface AddressPickerProps {
  /** Whose units: a Vietnamese person picks Vietnamese units, a Cambodian person Cambodian ones. */
  country: 'VN' | 'KH';
  /** The record's event date: only units valid then are offered (YYYY-MM-DD). */
  at: string;
  /** The most specific unit picked (village, commune, district or province), or null. */
  value: string | null;
  onChange: (unit: AdminUnitHit | null) => void;
  id?: string;
  'aria-describedby'?: string;
}

/** A unit's own name: Vietnamese with its type; Cambodian in Khmer (lang="km") and Latin. */
function UnitName({ unit }: { unit: AdminUnit }) {
  if (unit.country === 'VN') return <>{unit.nameVi}</>;
  return (
    <>
      <span lang="km">{`${unit.typeKm}${unit.nameKm}`}</span> {unit.nameEn}
    </>
  );
}

/** "Phường Phúc Xá — Quận Ba Đình, Thành phố Hà Nội": the unit, then its parents up to the province. */
export function UnitPath({ hit }: { hit: AdminUnitHit }) {
  return (
    <span className="address-path">
      <strong>
        <UnitName unit={hit} />
      </strong>
      {hit.path.map((parent) => (
        <span key={parent.id} className="address-path-parent">
          {', '}
          <UnitName unit={parent} />
        </span>
      ))}
    </span>
  );
}

/** Plain text of a path, for the option's title and for screen readers' selection announcement. */
const pathText = (hit: AdminUnitHit) => [hit, ...hit.path].map((unit) => (unit.country === 'VN' ? unit.nameVi : `${unit.typeKm}${unit.nameKm} ${unit.nameEn}`)).join(', ');

const DEBOUNCE_MS = 200;

/**
 * Search-as-you-type over every administrative unit valid at the record's date, by name alone (no province
 * first; Vietnamese without diacritics, Khmer by substring). A stored unit that had ended by that date is
 * flagged: when its whole territory went into one unit the picker offers it; when it was split, the user
 * chooses among the parts — never a guess.
 */
export function AddressPicker({ country, at, value, onChange, id, ...rest }: AddressPickerProps) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<AdminUnitHit[]>([]);
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const [error, setError] = useState<Bilingual | null>(null);
  const [current, setCurrent] = useState<AdminUnitLookup | null>(null);
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The stored unit as it stands at the record's date (its path, and its successors if it had ended).
  useEffect(() => {
    if (!value) return setCurrent(null);
    if (current?.id === value && current.unit) return;
    let live = true;
    void invoke('reference.adminUnits.get', { ids: [value], at }).then((result) => {
      if (!live) return;
      if (result.ok) setCurrent(result.value[0] ?? null);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [value, at]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const search = (text: string) => {
    setQuery(text);
    clearTimeout(timer.current);
    const ticket = ++request.current;
    if (text.trim().length < 2) {
      setHits([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    timer.current = setTimeout(() => {
      void invoke('reference.adminUnits.search', { country, query: text, at, limit: 20 }).then((result) => {
        if (ticket !== request.current) return; // an older answer arriving late must not replace a newer one
        setSearching(false);
        if (result.ok) {
          setHits(result.value);
          setError(null);
        } else setError(result.error.message);
      });
    }, DEBOUNCE_MS);
  };

  const choose = (hit: AdminUnitHit | null) => {
    setCurrent(hit ? { id: hit.id, unit: hit, validAt: true, successors: [], resolved: null } : null);
    setHits([]);
    setQuery('');
    onChange(hit);
  };

  const options = useMemo(() => {
    const shown = current?.unit && !hits.some((hit) => hit.id === current.id) ? [current.unit, ...hits] : hits;
    return shown.map((hit) => ({ value: hit.id, label: <UnitPath hit={hit} />, title: pathText(hit) }));
  }, [hits, current]);

  let notFound: ReactNode = null;
  if (searching) notFound = t('addressPicker.searching');
  else if (query.trim().length > 0 && query.trim().length < 2) notFound = t('addressPicker.tooShort');
  else if (query.trim().length >= 2) notFound = t('addressPicker.none', { date: formatIsoDate(at) });

  const ended = current?.unit && !current.validAt;
  return (
    <div className="address-picker">
      <Select
        id={id}
        aria-describedby={rest['aria-describedby']}
        value={value ?? null}
        options={options}
        showSearch={{ filterOption: false, onSearch: search, searchValue: query }}
        allowClear
        placeholder={t('addressPicker.placeholder')}
        notFoundContent={notFound}
        onChange={(picked: string | null | undefined) => choose(picked ? ([current?.unit, ...hits].find((hit) => hit?.id === picked) ?? null) : null)}
        popupMatchSelectWidth={false}
        style={{ width: '100%' }}
        data-testid="address-picker"
      />
      {error && (
        <Typography.Text type="danger" role="alert">
          {pick(error)}
        </Typography.Text>
      )}
      {ended && (
        <Alert
          type="warning"
          showIcon
          role="status"
          title={t('addressPicker.ended', { date: formatIsoDate(at) })}
          description={
            current.successors.length === 0 ? (
              t('addressPicker.noSuccessor')
            ) : (
              <Space orientation="vertical" size={4}>
                <span>{t(current.resolved ? 'addressPicker.whole' : 'addressPicker.split')}</span>
                {current.successors.map((successor) => (
                  <Button key={successor.unit.id} size="small" onClick={() => choose(successor.unit)}>
                    {t(successor.kind === 'full' ? 'addressPicker.useWhole' : 'addressPicker.usePart')} <UnitPath hit={successor.unit} />
                  </Button>
                ))}
              </Space>
            )
          }
        />
      )}
    </div>
  );
}

function formatIsoDate(iso: string) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
