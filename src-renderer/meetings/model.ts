import { useMemo } from 'react';
import type { AgreedActionInput, Bilingual, LinkedRecord, MeetingDelegate, MeetingFields, MeetingView } from '../../src-shared/contract/index.js';
import { AGENCY, useReferenceData } from '../repatriations/reference-data.js';

/** The office's wall clock as the shared rules read it ("2026-12-02T10:15"). */
export function nowLocal(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Cambodian offices and agencies (reference items of kind 'agency' whose side is KH), for pickers and labels. */
export function useCounterparts() {
  const ref = useReferenceData();
  return useMemo(() => {
    // The border liaison offices first: the counterparts of most meetings.
    const items = ref
      .items(AGENCY, true)
      .filter((item) => item.data.side === 'KH')
      .sort((a, b) => Number(b.data.kind === 'border_liaison') - Number(a.data.kind === 'border_liaison'));
    return {
      ready: ref.ready,
      options: items.filter((item) => item.active).map((item) => ({ value: item.code, label: ref.label(AGENCY, item.code) })),
      label: (code: string | null | undefined) => ref.label(AGENCY, code),
    };
  }, [ref]);
}

export type DelegateRow = Omit<MeetingDelegate, 'side'>;
export type ActionRowValue = AgreedActionInput & { carriedFromNumber?: string };

/** The form's values: the two delegations in their own tables, links with their numbers. */
export interface MeetingFormValues extends Omit<MeetingFields, 'delegates' | 'links' | 'actions'> {
  delegatesVN: DelegateRow[];
  delegatesKH: DelegateRow[];
  actions: ActionRowValue[];
  links: LinkedRecord[];
}

export const emptyDelegate = (): DelegateRow => ({ name: '', nameKm: '', rank: '', position: '', positionKm: '', agency: '', role: 'member' });

export function initialValues(view?: MeetingView): MeetingFormValues {
  if (!view)
    return {
      type: 'regular',
      level: 'bloBlo',
      counterpartCode: '',
      startAt: nowLocal(),
      endAt: null,
      host: 'VN',
      place: '',
      placeKm: '',
      delegatesVN: [],
      delegatesKH: [],
      agenda: [],
      exchanges: [],
      actions: [],
      links: [],
      proposals: '',
      notes: '',
    };
  const side = (s: 'VN' | 'KH') => view.delegates.filter((d) => d.side === s).map(({ side: _side, ...rest }) => rest);
  return {
    type: view.type,
    level: view.level,
    counterpartCode: view.counterpartCode,
    startAt: view.startAt,
    endAt: view.endAt,
    host: view.host,
    place: view.place,
    placeKm: view.placeKm,
    delegatesVN: side('VN'),
    delegatesKH: side('KH'),
    agenda: view.agenda.map((a) => ({ ...a })),
    exchanges: view.exchanges.map(({ withheld: _withheld, ...item }) => item),
    actions: view.actions.map((a) => ({
      id: a.id,
      text: a.text,
      textKm: a.textKm,
      ownerSide: a.ownerSide,
      owner: a.owner,
      ownerKm: a.ownerKm,
      due: a.due,
      status: a.status,
      followUps: a.followUps,
      carriedFrom: a.carriedFrom,
      carriedFromNumber: a.carriedFromMeeting?.number,
    })),
    links: view.links.map((l) => ({ ...l })),
    proposals: view.proposals,
    notes: view.notes,
  };
}

/** What is sent to the engine: the two delegations as one list (Vietnamese side first). */
export function toFields(values: MeetingFormValues): MeetingFields {
  const { delegatesVN = [], delegatesKH = [], links = [], actions = [], ...rest } = values;
  return {
    ...rest,
    endAt: rest.endAt || null,
    delegates: [...delegatesVN.map((d) => ({ ...d, side: 'VN' as const })), ...delegatesKH.map((d) => ({ ...d, side: 'KH' as const }))],
    actions: actions.map(({ carriedFromNumber: _number, ...action }) => ({ ...action, due: action.due || null })),
    links: links.map(({ kind, id }) => ({ kind, id })),
  };
}

const SHOWN = [
  /^(type|level|counterpartCode|startAt|endAt|host|place|placeKm|proposals|notes)$/,
  /^delegates(VN|KH)\.\d+\.(name|nameKm|rank|position|positionKm|agency|role)$/,
  /^agenda\.\d+\.(text|textKm)$/,
  /^exchanges\.\d+\.(topic|direction|summary|summaryKm|sensitivity)$/,
  /^actions\.\d+\.(text|textKm|ownerSide|owner|ownerKm|due|status)$/,
];

/**
 * An engine path ("fields.delegates.3.name") as the form's path ("delegatesKH.1.name"), or null when the
 * form shows no such field (the error then goes to the notice at the top).
 */
export function formPath(path: string, values: MeetingFormValues): string | null {
  const bare = path.replace(/^fields\./, '');
  const delegate = /^delegates\.(\d+)\.(.+)$/.exec(bare);
  let target = bare;
  if (delegate) {
    const i = Number(delegate[1]);
    const vn = values.delegatesVN?.length ?? 0;
    target = i < vn ? `delegatesVN.${i}.${delegate[2]}` : `delegatesKH.${i - vn}.${delegate[2]}`;
  }
  return SHOWN.some((re) => re.test(target)) ? target : null;
}

/** Errors on a whole delegation ("delegates.KH": no head), shown under that side's table. */
export function sideErrors(fields: Record<string, Bilingual> | undefined): Partial<Record<'VN' | 'KH', Bilingual>> {
  const out: Partial<Record<'VN' | 'KH', Bilingual>> = {};
  for (const [path, message] of Object.entries(fields ?? {})) {
    const m = /^(?:fields\.)?delegates\.(VN|KH)$/.exec(path);
    if (m) out[m[1] as 'VN' | 'KH'] = message;
  }
  return out;
}

/** Rows of a tab-separated block (as Excel copies a range): lines split on tabs, empty lines dropped. */
export function parseTsv(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

const ROLE_WORDS: Record<string, DelegateRow['role']> = {
  head: 'head',
  'truong doan': 'head',
  member: 'member',
  'thanh vien': 'member',
  interpreter: 'interpreter',
  'phien dich': 'interpreter',
  'note-taker': 'noteTaker',
  notetaker: 'noteTaker',
  'thu ky': 'noteTaker',
};
const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .trim();

/** A pasted line as a delegate: Name, Khmer name, Rank, Position, Khmer position, Agency, Role. */
export function delegateFromCells(cells: string[]): DelegateRow {
  const [name = '', nameKm = '', rank = '', position = '', positionKm = '', agency = '', role = ''] = cells;
  return { name, nameKm, rank, position, positionKm, agency, role: ROLE_WORDS[plain(role)] ?? 'member' };
}
