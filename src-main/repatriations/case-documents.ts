/**
 * Maps a repatriation case to the document templates' inputs: pure, from the case, the office profile and
 * the reference labels. Names print as recorded; labels come from the vault's translation table.
 */
import type { CaseView, OfficeProfile as OfficeSettings, ReferenceItem } from '../../src-shared/contract/index.js';
import type { NoticePurpose } from '../../src-shared/documents/inputs.js';
import type { Birth, DelegationMember, InternalHandoverInput, ItemLine, OfficeProfile, PersonRow, Sex, VictimHandoverInput } from '../documents/index.js';

export type ReferenceLookup = (kind: string, code: string | null) => ReferenceItem | undefined;

export const documentOffice = (office: OfficeSettings): OfficeProfile => ({
  code: office.code,
  issuingBody: { vi: office.issuingBodyVi, km: office.issuingBodyKm },
  place: { vi: office.placeVi, km: office.placeKm },
});

const SEX: Record<string, Sex> = { male: 'male', female: 'female', transgender_nonconforming: 'other' };

function birthOf(birth: CaseView['members'][number]['person']['birth']): Birth {
  if (birth.exact) return { date: birth.exact };
  if (birth.year !== null) return { year: birth.year };
  if (birth.estimatedAge) return { estimatedAge: birth.estimatedAge.years };
  return { unknown: true };
}

export function personRows(view: CaseView, ref: ReferenceLookup): PersonRow[] {
  return view.members.map(({ person, participation }) => {
    const nationality = ref('vocabulary:nationality', person.nationality);
    const documents = person.idDocuments.map((doc) => [ref('vocabulary:identity_document_type', doc.type)?.labelVi ?? doc.type, doc.number].filter(Boolean).join(' ')).join('; ');
    return {
      fullName: person.fullNameVi,
      nameKhmer: person.nameKm || undefined,
      otherName: [person.nameLatin, ...person.aliases].filter(Boolean).join(', ') || undefined,
      sex: SEX[person.sex] ?? 'unknown',
      birth: birthOf(person.birth),
      nationality: { vi: nationality?.labelVi ?? person.nationality, km: nationality?.labelKm },
      homeAddress: person.address.line,
      identityDocument: documents || undefined,
      remarks: participation.remarks || undefined,
    };
  });
}

const member = (d: CaseView['delegations'][number]): DelegationMember => ({
  name: d.name,
  nameKm: d.nameKm || undefined,
  rank: d.rank || undefined,
  position: d.position || undefined,
  positionKm: d.positionKm || undefined,
  agency: d.agency || undefined,
  role: d.isHead ? 'head' : d.isInterpreter ? 'interpreter' : 'member',
});

function items(view: CaseView, kind: 'document' | 'belonging'): ItemLine[] {
  const names = new Map(view.members.map((m) => [m.person.id, { vi: m.person.fullNameVi, km: m.person.nameKm || undefined }]));
  return view.items
    .filter((item) => item.kind === kind)
    .map((item) => ({ description: { vi: item.description }, quantity: { vi: String(item.quantity) }, owner: item.personId ? names.get(item.personId) : undefined }));
}

const timeOf = (iso: string | null) => (iso ? /T(\d{2}:\d{2})/.exec(iso)?.[1] : undefined);

/** Template (a): the bilingual handover/reception minutes. `number` is the register sequence. */
export function victimHandoverInput(view: CaseView, ref: ReferenceLookup, number: number): VictimHandoverInput {
  const gate = ref('border_gate', view.gateCode);
  return {
    number,
    date: view.handoverAt!.slice(0, 10),
    direction: view.direction === 'receiving_from_kh' ? 'receive' : 'handover',
    startTime: timeOf(view.handoverAt)!,
    gate: { vi: gate?.labelVi ?? view.gateCode ?? '', km: gate?.labelKm },
    placeNote: view.placeNote ? { vi: view.placeNote } : undefined,
    delegations: {
      VN: view.delegations.filter((d) => d.side === 'VN').map(member),
      KH: view.delegations.filter((d) => d.side === 'KH').map(member),
    },
    persons: personRows(view, ref),
    documents: items(view, 'document'),
    belongings: items(view, 'belonging'),
    healthStatus: { vi: view.healthSummary || '—' },
  };
}

/** Template (d): internal minutes from the Border Guard station to the provincial police (Vietnamese only). */
export function internalHandoverInput(view: CaseView, ref: ReferenceLookup, number: number, minutesNumber: string, office: OfficeSettings): InternalHandoverInput {
  const internal = view.internalHandover!;
  const at = internal.at ?? view.handoverAt!;
  return {
    number,
    date: at.slice(0, 10),
    startTime: timeOf(at) ?? '08:00',
    place: internal.place || office.placeVi,
    reference: minutesNumber,
    giver: { unit: internal.giverUnit || office.issuingBodyVi.at(-1)!, members: view.delegations.filter((d) => d.side === 'VN').map(member) },
    receiver: {
      unit: internal.receiverUnit,
      members: internal.receiverMembers.map((m) => ({ name: m.name, rank: m.rank || undefined, position: m.position || undefined, role: m.isHead ? 'head' : 'member' })),
    },
    persons: personRows(view, ref),
    documents: items(view, 'document'),
    belongings: items(view, 'belonging'),
    healthStatus: view.healthSummary || '—',
  };
}

/** Who signs a notice printed from a case: the head of the Vietnamese delegation, else the printing officer. */
export interface NoticeSigner {
  name: string;
  nameKm?: string;
  rank?: string;
  position: string;
  positionKm?: string;
}

export function caseNoticeSigner(view: CaseView, officer: { displayName: string; rank: string; position: string }): NoticeSigner | undefined {
  const head = view.delegations.find((d) => d.side === 'VN' && d.isHead);
  if (head?.position) return { name: head.name, nameKm: head.nameKm || undefined, rank: head.rank || undefined, position: head.position, positionKm: head.positionKm || undefined };
  if (officer.position) return { name: officer.displayName, rank: officer.rank || undefined, position: officer.position };
  return undefined;
}

/**
 * The liaison notice's input from a case (liaisonNoticeSchema's shape; the print path parses it again): the agreed
 * handover date (with the time when the handover is planned that day), gate, transport, persons and children, the
 * counterpart's reference. Verification results and confirmed actions are not fields of a case: the officer's text
 * is that fact, and the free text the rest of the notice.
 */
export function liaisonNoticeInput(
  view: CaseView,
  ref: ReferenceLookup,
  options: { purpose: NoticePurpose; body?: { vi: string; km: string }; date: string; signer: NoticeSigner },
) {
  const { purpose, date, signer } = options;
  const body = options.body ?? { vi: '', km: '' };
  const gate = ref('border_gate', view.gateCode);
  const transport = ref('vocabulary:transport_mode', view.transportMode);
  const handoverDate = view.agreedDate ?? view.handoverAt?.slice(0, 10);
  const handoverTime = view.handoverAt && view.handoverAt.slice(0, 10) === handoverDate ? timeOf(view.handoverAt) : undefined;
  const bodyAsFact = purpose === 'verificationResult' || purpose === 'actionConfirmation';
  const fact = body.vi ? { vi: body.vi, km: body.km || undefined } : undefined;
  return {
    purpose,
    date,
    reference: view.counterpartReference || undefined,
    facts: {
      handoverDate,
      handoverTime,
      gate: gate ? { vi: gate.labelVi, km: gate.labelKm } : view.gateCode ? { vi: view.gateCode } : undefined,
      transport: transport ? { vi: transport.labelVi, km: transport.labelKm } : undefined,
      persons: view.members.length ? { total: view.members.length, children: view.members.filter((m) => m.child === true).length } : undefined,
      ...(purpose === 'verificationResult' ? { verification: fact } : {}),
      ...(purpose === 'actionConfirmation' ? { action: fact } : {}),
    },
    body: bodyAsFact ? { vi: '', km: '' } : body,
    signatory: signer,
  };
}
