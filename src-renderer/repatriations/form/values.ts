import type { CaseFields, CaseView } from '../../../src-shared/contract/index.js';
import { fieldsOf, todayIso } from '../model.js';
import type { MemberDraft } from '../PersonForm.js';

export type Fields = CaseFields & { internalHandover?: CaseFields['internalHandover'] };
export interface Values {
  fields: Fields;
  hasInternal: boolean;
}
export interface Draft {
  values: Values;
  members: MemberDraft[];
  version: number | null;
}

/** List-level messages ("both sides need a head of delegation") shown at the top of their section. */
export const LIST_KEYS = ['delegations', 'items', 'referrals', 'members'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export const emptyInternal = () => ({ giverUnit: '', receiverUnit: '', receiverMembers: [], at: null, place: '' });

export function initialFields(view?: CaseView): Values {
  if (view) {
    const fields = fieldsOf(view);
    return { fields: { ...fields, internalHandover: fields.internalHandover ?? emptyInternal() }, hasInternal: !!view.internalHandover };
  }
  return {
    fields: {
      direction: 'receiving_from_kh',
      requestSource: 'kh_side',
      counterpartReference: '',
      requestedOn: todayIso(),
      verificationDeadline: null,
      agreedDate: null,
      gateCode: null,
      transportMode: null,
      handoverAt: null,
      placeNote: '',
      dossierChecked: false,
      identityCheckDone: false,
      healthSummary: '',
      summary: '',
      delegations: [],
      items: [],
      referrals: [],
      internalHandover: emptyInternal(),
    },
    hasInternal: false,
  };
}

/** The form's values as the contract takes them. */
export function toFields(values: Values): CaseFields {
  const { internalHandover, ...rest } = values.fields;
  const internal = values.hasInternal && rest.direction === 'receiving_from_kh' && internalHandover ? internalHandover : null;
  return {
    ...rest,
    verificationDeadline: rest.verificationDeadline || null,
    items: (rest.items ?? []).map((item) => ({ ...item, quantity: item.quantity ?? 1, personId: item.personId ?? null })),
    internalHandover: internal ? { ...internal, receiverMembers: internal.receiverMembers ?? [] } : null,
  };
}

/** Engine paths → form paths ("fields.gateCode" as is; a bare "gateCode" from a refused move under "fields."). */
export function formPath(path: string): string | null {
  const bare = path.replace(/^fields\./, '');
  if ((LIST_KEYS as readonly string[]).includes(bare) || bare.startsWith('members')) return null;
  if (bare === 'amendmentReason') return null;
  return `fields.${bare}`;
}
