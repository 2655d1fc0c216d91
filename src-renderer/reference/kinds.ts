import { currentCatalogue } from '../i18n/index.js';

/** The vocabularies the engine seeds, in the order the administrator meets them (records first, then workflow). */
export const VOCABULARY_NAMES = [
  'sex',
  'nationality',
  'identity_document_type',
  'case_person_role',
  'health_status',
  'age_band',
  'exploitation_type',
  'means_of_control',
  'recruitment_method',
  'perpetrator_role',
  'trafficking_indicator',
  'support_service',
  'repatriation_direction',
  'repatriation_stage',
  'transport_mode',
  'interception_direction',
  'interception_disposition',
  'meeting_type',
  'meeting_level',
  'information_topic',
] as const;

export const PLACE_KINDS = ['border_gate', 'agency', 'admin_unit'] as const;

export const isVocabulary = (kind: string) => kind.startsWith('vocabulary:');

/** A reference kind in words: "vocabulary:sex" → "Giới tính"; unknown vocabularies (added later) by their name. */
export function kindName(kind: string): string {
  const words = currentCatalogue().docs.reference;
  if (isVocabulary(kind)) {
    const name = kind.slice('vocabulary:'.length);
    const names: Record<string, string> = words.vocabularies;
    return names[name] ?? name;
  }
  const kinds: Record<string, string> = words.kinds;
  return kinds[kind] ?? kind;
}

/** Every kind to offer: the known ones, plus any the vault holds that this version does not know yet. */
export function allKinds(present: Iterable<string>): { vocabularies: string[]; places: string[] } {
  const vocabularies: string[] = VOCABULARY_NAMES.map((name) => `vocabulary:${name}`);
  const places: string[] = [...PLACE_KINDS];
  for (const kind of present) {
    if (isVocabulary(kind) ? vocabularies.includes(kind) : places.includes(kind)) continue;
    (isVocabulary(kind) ? vocabularies : places).push(kind);
  }
  return { vocabularies, places };
}
