import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceItem } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { useEngineData, useSession } from '../session/session-context.js';

/** Vietnamese collation: "Đặng" after "Dương", "Ă" after "A". */
export const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

export interface Option {
  value: string;
  label: string;
}

export interface ReferenceData {
  ready: boolean;
  /** Items of a kind in their reference order (active ones, unless `all`). */
  items: (kind: string, all?: boolean) => ReferenceItem[];
  /** A code's label in the UI language; the code itself when unknown (data is never hidden). */
  label: (kind: string, code: string | null | undefined) => string;
  /** The Vietnamese gate's own name ("Hà Tiên"), for narrow columns. */
  shortLabel: (kind: string, code: string | null | undefined) => string;
  options: (kind: string) => Option[];
  /** Provinces of a country valid at a date (administrative units change: 2025 merger). */
  provinces: (country: string, at: string) => Option[];
}

const valid = (item: ReferenceItem, at: string) => (!item.validFrom || item.validFrom <= at) && (!item.validTo || item.validTo >= at);

// One copy for every screen of the session (codes and labels, no personal data), fetched again after each unlock.
let cached: { epoch: number; items: ReferenceItem[] } | null = null;

/** All reference data in one call (a few hundred rows), shared by the screens, reloaded after each unlock. */
export function useReferenceData(): ReferenceData {
  const { i18n } = useTranslation();
  const { epoch } = useSession();
  const { data: loaded } = useEngineData(() => (cached?.epoch === epoch ? Promise.resolve({ ok: true as const, value: cached.items }) : invoke('reference.list', {})), [epoch]);
  if (loaded && cached?.items !== loaded) cached = { epoch, items: loaded };
  const data = loaded ?? (cached?.epoch === epoch ? cached.items : null);
  const english = i18n.language === 'en';
  return useMemo(() => {
    const byKind = new Map<string, ReferenceItem[]>();
    for (const item of data ?? []) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
    for (const list of byKind.values()) list.sort((a, b) => a.sort - b.sort || collator.compare(a.labelVi, b.labelVi));
    const text = (item: ReferenceItem) => {
      if (english) return item.labelEn || item.labelVi;
      // A gate is named by the pair, as officers say it: "Hà Tiên – Prek Chak".
      if (item.kind === GATE && typeof item.data.khNameLatin === 'string') return `${item.labelVi} – ${item.data.khNameLatin}`;
      return item.labelVi;
    };
    const items = (kind: string, all = false) => (byKind.get(kind) ?? []).filter((item) => all || item.active);
    return {
      ready: data !== null,
      items,
      label: (kind, code) => {
        if (!code) return '';
        const item = byKind.get(kind)?.find((i) => i.code === code);
        return item ? text(item) : code;
      },
      shortLabel: (kind, code) => {
        const item = code ? byKind.get(kind)?.find((i) => i.code === code) : undefined;
        if (!item) return code ?? '';
        return item.labelVi.replace(/^Cửa khẩu (quốc tế |chính |phụ )?/u, '');
      },
      options: (kind) => items(kind).map((item) => ({ value: item.code, label: text(item) })),
      provinces: (country, at) =>
        items('admin_unit')
          .filter((item) => item.data.level === 'province' && (item.data.country ?? 'VN') === country && valid(item, at))
          .map((item) => ({ value: item.code, label: text(item) }))
          .sort((a, b) => collator.compare(a.label, b.label)),
    };
  }, [data, english]);
}

export const GATE = 'border_gate';
/** Agencies of both sides (the counterpart office of a meeting is one). */
export const AGENCY = 'agency';
export const V = {
  sex: 'vocabulary:sex',
  nationality: 'vocabulary:nationality',
  role: 'vocabulary:case_person_role',
  exploitation: 'vocabulary:exploitation_type',
  control: 'vocabulary:means_of_control',
  recruitment: 'vocabulary:recruitment_method',
  health: 'vocabulary:health_status',
  idType: 'vocabulary:identity_document_type',
  transport: 'vocabulary:transport_mode',
  service: 'vocabulary:support_service',
  stage: 'vocabulary:repatriation_stage',
  direction: 'vocabulary:repatriation_direction',
} as const;
