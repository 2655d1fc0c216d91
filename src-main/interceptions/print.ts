import type { z } from 'zod';
import type { InterceptedPersonView, InterceptionView, interceptionPrintInput } from '../../src-shared/contract/index.js';
import { printReturnedCrossers } from '../documents/register/print.js';
import { EngineError } from '../kernel/engine-error.js';
import { asLocalDateTime } from '../vault/local-day.js';
import { interceptionDb, type InterceptionDb } from './db.js';
import { getInterception, type InterceptionDesk } from './interceptions.js';

type Request = z.output<typeof interceptionPrintInput> & { onProgress?: (fraction: number) => void };
type Labels = Map<string, { vi: string; km: string; data: Record<string, unknown> }>;

/** Reference labels of the kinds the minutes print, by `kind:code`. */
async function labels(db: InterceptionDb): Promise<Labels> {
  const rows = await db
    .selectFrom('reference_items')
    .select(['kind', 'code', 'label_vi', 'label_km', 'data'])
    .where('kind', 'in', ['vocabulary:nationality', 'vocabulary:identity_document_type', 'vocabulary:crossing_method', 'border_gate'])
    .execute();
  return new Map(rows.map((row) => [`${row.kind}:${row.code}`, { vi: row.label_vi, km: row.label_km, data: JSON.parse(row.data) }]));
}

const SEX = { male: 'male', female: 'female', transgender_nonconforming: 'other' } as const;

const birthOf = ({ birth }: InterceptedPersonView['person']) =>
  birth.exact ? { date: birth.exact } : birth.year !== null ? { year: birth.year } : birth.estimatedAge ? { estimatedAge: birth.estimatedAge.years } : { unknown: true as const };

/** One returned person as the minutes list them: names, birth, nationality, address, documents carried. */
function personLine(p: InterceptedPersonView, label: Labels) {
  const nationality = label.get(`vocabulary:nationality:${p.person.nationality}`);
  return {
    fullName: p.person.fullNameVi,
    nameKhmer: p.person.nameKm,
    otherName: p.person.nameLatin || p.person.aliases[0] || '',
    sex: SEX[p.person.sex as keyof typeof SEX] ?? 'unknown',
    birth: birthOf(p.person),
    nationality: { vi: nationality?.vi ?? p.person.nationality, km: nationality?.km ?? '' },
    homeAddress: p.person.address.line,
    identityDocuments: p.documentsCarried.map((doc) => ({ type: label.get(`vocabulary:identity_document_type:${doc.type}`)?.vi ?? doc.type, number: doc.number })),
    remarks: p.remarks,
  };
}

/** The interception and the chosen persons as the returned-crossers minutes (c) print them; the register parses it again. */
export function returnedCrossersOf(view: InterceptionView, persons: InterceptedPersonView[], request: Request, label: Labels) {
  const gate = request.gateCode ? label.get(`border_gate:${request.gateCode}`) : undefined;
  const method = view.crossingMethod ? label.get(`vocabulary:crossing_method:${view.crossingMethod}`)?.data.template : undefined;
  const head = (h: Request['vnHead']) => [{ name: h.name, nameKm: h.nameKm, rank: h.rank, position: h.position, positionKm: h.positionKm, role: 'head' as const }];
  return {
    // Returned across the line always means handed to the Cambodian side.
    handover: 'toKH' as const,
    date: request.handoverAt.slice(0, 10),
    startTime: request.handoverAt.slice(11, 16),
    gate: gate ? { vi: gate.vi, km: gate.km } : { vi: request.place || view.placeDescription || `Mốc ${view.marker}`, km: request.placeKm },
    delegations: { VN: head(request.vnHead), KH: head(request.khHead) },
    interception: {
      unit: { vi: view.unit, km: '' },
      date: view.eventDate,
      time: view.at.slice(11, 16),
      direction: view.direction === 'leaving_vn' ? ('leavingVN' as const) : ('enteringVN' as const),
      method: typeof method === 'string' ? method : undefined,
      place: { vi: view.placeDescription || `Khu vực mốc ${view.marker}`, km: '' },
      borderMarker: view.marker,
      coordinates: view.coordinates ?? undefined,
    },
    persons: persons.map((p) => personLine(p, label)),
    screening: screeningLine(persons),
  };
}

/**
 * What the screening found, for both sides: left out when nobody showed an indicator (the minutes then print their
 * "no indication" label), else how many persons and the reasons in words — never "nothing found" over a finding.
 */
function screeningLine(persons: InterceptedPersonView[]) {
  const flagged = persons.filter((p) => p.screeningResult.level !== 'none');
  if (!flagged.length) return undefined;
  const reasons = [...new Map(flagged.flatMap((p) => p.screeningResult.reasons).map((r) => [r.code, r])).values()];
  return {
    vi: `Có dấu hiệu mua bán người ở ${flagged.length}/${persons.length} người: ${reasons.map((r) => r.vi).join('; ')}.`,
    km: `មានសញ្ញានៃការជួញដូរមនុស្ស ${flagged.length}/${persons.length} នាក់៖ ${reasons.map((r) => r.km).join('; ')}។`,
  };
}

const refuse = (vi: string, en: string) => new EngineError('invalid_input', { vi, en }, { personIds: { vi, en } });

/**
 * Prints the bilingual returned-crossers minutes for persons of the interception returned across the line, through
 * the register (numbered "…/BB-…", the same number marked as a copy on a re-print, QR, audited).
 */
export async function printInterception(desk: InterceptionDesk, request: Request) {
  const view = await getInterception(desk, request.id, false);
  const returned = view.persons.filter((p) => p.outcomes.includes('returned_across_line'));
  if (request.personIds.some((id) => !returned.some((p) => p.person.id === id)))
    throw refuse('Chỉ in biên bản cho người đã được ghi "trao trả qua biên giới".', 'Only persons marked "returned across the line" go on these minutes.');
  const persons = request.personIds.length ? returned.filter((p) => request.personIds.includes(p.person.id)) : returned;
  if (!persons.length) throw refuse('Chưa có người nào được ghi "trao trả qua biên giới".', 'Nobody is marked "returned across the line".');
  const handoverAt = asLocalDateTime(request.handoverAt, desk.timeZone);
  if (handoverAt.slice(0, 16) < view.at.slice(0, 16))
    throw new EngineError(
      'invalid_input',
      { vi: 'Thời điểm bàn giao trước thời điểm ngăn chặn.', en: 'The handover is before the interception.' },
      { handoverAt: { vi: 'Trước thời điểm ngăn chặn.', en: 'Before the interception.' } },
    );
  const minutes = returnedCrossersOf(view, persons, { ...request, handoverAt }, await labels(interceptionDb(desk.service)));
  return printReturnedCrossers(desk.service, { recordId: view.id, timeZone: desk.timeZone, onProgress: request.onProgress, minutes });
}
