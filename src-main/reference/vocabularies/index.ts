import type { VocabularyName, VocabularyTerm } from '../types.js';
import { ageBandTerms, casePersonRole, healthStatus, identityDocumentType, nationality, sex } from './person.js';
import { exploitationType, meansOfControl, perpetratorRole, recruitmentMethod, screeningRule, traffickingIndicator } from './trafficking.js';
import {
  crossingMethod,
  informationTopic,
  interceptionDirection,
  interceptionDisposition,
  meetingLevel,
  meetingType,
  repatriationDirection,
  repatriationStage,
  supportService,
  transportMode,
  travelPurpose,
} from './workflow.js';

/** Every seeded vocabulary, by name. */
export const VOCABULARIES: Readonly<Record<VocabularyName, readonly VocabularyTerm[]>> = {
  sex,
  exploitation_type: exploitationType,
  means_of_control: meansOfControl,
  recruitment_method: recruitmentMethod,
  perpetrator_role: perpetratorRole,
  case_person_role: casePersonRole,
  nationality,
  identity_document_type: identityDocumentType,
  support_service: supportService,
  health_status: healthStatus,
  repatriation_stage: repatriationStage,
  repatriation_direction: repatriationDirection,
  transport_mode: transportMode,
  interception_direction: interceptionDirection,
  interception_disposition: interceptionDisposition,
  trafficking_indicator: traffickingIndicator,
  screening_rule: screeningRule,
  crossing_method: crossingMethod,
  travel_purpose: travelPurpose,
  meeting_type: meetingType,
  meeting_level: meetingLevel,
  information_topic: informationTopic,
  age_band: ageBandTerms,
};

/** The seed terms of one vocabulary, in display order. */
export function vocabulary(name: VocabularyName): readonly VocabularyTerm[] {
  return [...VOCABULARIES[name]].sort((a, b) => a.sort - b.sort);
}

/** All seed terms, for inserting into the vocabulary table at setup. */
export function allVocabularyTerms(): readonly VocabularyTerm[] {
  return Object.values(VOCABULARIES).flat();
}
