import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TKey } from '../i18n/keys.js';

const TOP: Record<string, TKey> = {
  type: 'meet.field.type',
  level: 'meet.field.level',
  counterpartCode: 'meet.field.counterpart',
  startAt: 'meet.field.startAt',
  endAt: 'meet.field.endAt',
  host: 'meet.field.host',
  place: 'meet.field.place',
  placeKm: 'meet.field.placeKm',
  delegates: 'meet.field.delegates',
  agenda: 'meet.form.agenda',
  exchanges: 'meet.form.exchanges',
  actions: 'meet.form.actions',
  links: 'meet.field.links',
  proposals: 'meet.field.proposals',
  notes: 'meet.field.notes',
};
const SECTION: Record<string, TKey> = {
  delegates: 'meet.field.delegates',
  agenda: 'meet.form.agenda',
  exchanges: 'meet.form.exchanges',
  actions: 'meet.form.actions',
  links: 'meet.field.links',
};
/** The delegation of a side ("delegates.KH"). */
const SIDE: Record<string, TKey> = { VN: 'meet.side.VN', KH: 'meet.side.KH' };
const LEAF: Record<string, TKey> = {
  name: 'meet.field.name',
  nameKm: 'meet.field.nameKm',
  rank: 'meet.field.rank',
  position: 'meet.field.position',
  positionKm: 'meet.field.positionKm',
  agency: 'meet.field.agency',
  role: 'meet.field.role',
  text: 'meet.field.actionText',
  textKm: 'meet.field.actionTextKm',
  topic: 'meet.field.topic',
  direction: 'meet.field.direction',
  summary: 'meet.field.summary',
  summaryKm: 'meet.field.summaryKm',
  sensitivity: 'meet.field.confidential',
  ownerSide: 'meet.field.ownerSide',
  owner: 'meet.field.owner',
  due: 'meet.field.due',
  status: 'meet.field.status',
  followUps: 'meet.detail.followUps',
  on: 'meet.detail.followUpOn',
  note: 'meet.detail.followUpNote',
  id: 'meet.field.links',
};

/** A meeting field's path ("fields.actions.2.followUps.0.on") in words ("Việc thống nhất 3 · Theo dõi 1 · Ngày"). */
export function meetingFieldName(t: TFunction, path: string): string | null {
  {
    const parts = path.replace(/^fields\./, '').split('.');
    if (parts.length === 1) return TOP[parts[0]] ? t(TOP[parts[0]]) : null;
    if (parts.length === 2 && parts[0] === 'delegates' && SIDE[parts[1]]) return `${t('meet.field.delegates')} ${t(SIDE[parts[1]])}`;
    const words: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const next = parts[i + 1];
      if (SECTION[part] || LEAF[part]) {
        const key = i === 0 ? SECTION[part] : (LEAF[part] ?? SECTION[part]);
        if (key) words.push(next && /^\d+$/.test(next) ? `${t(key)} ${Number(next) + 1}` : t(key));
        if (next && /^\d+$/.test(next)) i++;
      }
    }
    return words.length ? words.join(' · ') : null;
  }
}

export function useFieldName() {
  const { t } = useTranslation();
  return (path: string) => meetingFieldName(t, path);
}
