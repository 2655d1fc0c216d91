/**
 * Every template filled with the shared sample data, by name and persons count (meeting minutes: that many agreed
 * actions), for the tests and the fresh-process child.
 */
import { DEFAULT_LABELS, type DocumentDefinition, buildInternalHandover, buildMeetingMinutes, buildReturnedCrossers, buildVictimHandover } from '../../src-main/documents/index.js';
import { SAMPLE_OFFICE, sampleInternalHandover, sampleMeetingMinutes, sampleReturnedCrossers, sampleVictimHandover } from '../../src-main/documents/samples/sample-data.js';

export const TEMPLATES = ['victim-handover', 'meeting-minutes', 'returned-crossers', 'internal-handover'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

export function sampleDocument(template: TemplateName, persons = 10): DocumentDefinition {
  switch (template) {
    case 'victim-handover':
      return buildVictimHandover(sampleVictimHandover(persons), DEFAULT_LABELS, SAMPLE_OFFICE);
    case 'meeting-minutes':
      return buildMeetingMinutes(sampleMeetingMinutes(persons), DEFAULT_LABELS, SAMPLE_OFFICE);
    case 'returned-crossers':
      return buildReturnedCrossers(sampleReturnedCrossers(persons), DEFAULT_LABELS, SAMPLE_OFFICE);
    case 'internal-handover':
      return buildInternalHandover(sampleInternalHandover(persons), DEFAULT_LABELS, SAMPLE_OFFICE);
  }
}
