/**
 * The rules of an interception record, shared by the engine (which enforces them) and the form (which shows them
 * before saving). Each returns field errors keyed by the field's path, in Vietnamese and English.
 */
import type { Bilingual } from '../contract/result.js';
import type { InterceptionFieldsData } from '../contract/interceptions.js';

type Problems = Record<string, Bilingual>;

/** A rectangle in decimal degrees, both bounds inclusive (a province's border area, from reference data). */
export interface BorderBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

export { dayOf } from '../meetings/rules.js';

/** The interception has happened: `now` is the office's wall clock ("2026-12-02T10:15"). */
export function whenProblems(fields: Pick<InterceptionFieldsData, 'at'>, now: string): Problems {
  if (fields.at.slice(0, 16) > now.slice(0, 16)) return { at: { vi: 'Thời điểm ngăn chặn ở tương lai.', en: 'The interception time is in the future.' } };
  return {};
}

/** Where: a marker or a description, and coordinates inside the office's border area when both are known. */
export function whereProblems(fields: Pick<InterceptionFieldsData, 'marker' | 'placeDescription' | 'coordinates'>, box: BorderBox | null): Problems {
  const problems: Problems = {};
  if (!fields.marker && !fields.placeDescription) problems.marker = { vi: 'Hãy ghi số mốc giới hoặc mô tả nơi ngăn chặn.', en: 'Give the border marker or describe the place.' };
  const c = fields.coordinates;
  if (c && box && (c.lat < box.south || c.lat > box.north || c.lon < box.west || c.lon > box.east))
    problems.coordinates = {
      vi: `Toạ độ nằm ngoài khu vực biên giới của tỉnh (vĩ độ ${box.south}–${box.north}, kinh độ ${box.west}–${box.east}). Hãy kiểm tra lại, có thể đã nhầm vĩ độ với kinh độ.`,
      en: `The coordinates are outside the province's border area (latitude ${box.south}–${box.north}, longitude ${box.west}–${box.east}). Check them: latitude and longitude may be swapped.`,
    };
  return problems;
}

/** Each person entry names someone: an existing person or a new one; nobody twice. */
export function peopleProblems(fields: Pick<InterceptionFieldsData, 'persons' | 'facilitators'>): Problems {
  const problems: Problems = {};
  const seen = new Set<string>();
  const entries = [...fields.persons.map((p, i) => ({ p, path: `persons.${i}` })), ...fields.facilitators.map((p, i) => ({ p, path: `facilitators.${i}` }))];
  for (const { p, path } of entries) {
    if (!p.personId && !p.person) problems[`${path}.person`] = { vi: 'Hãy chọn người đã có hoặc nhập người mới.', en: 'Choose an existing person or enter a new one.' };
    if (p.personId && p.person && p.personVersion === null)
      problems[`${path}.personVersion`] = { vi: 'Thiếu phiên bản của người đang sửa.', en: 'The version of the person being edited is missing.' };
    if (p.personId) {
      if (seen.has(p.personId)) problems[`${path}.personId`] = { vi: 'Người này đã có trong hồ sơ.', en: 'This person is already in the record.' };
      seen.add(p.personId);
    }
  }
  fields.persons.forEach((p, i) => {
    const answered = new Set<string>();
    p.screening.forEach((a, j) => {
      if (answered.has(a.indicator)) problems[`persons.${i}.screening.${j}.indicator`] = { vi: 'Dấu hiệu này đã được trả lời.', en: 'This indicator is answered already.' };
      answered.add(a.indicator);
    });
  });
  return problems;
}

/** What an interception needs before it goes to the commander: persons, and what each outcome needs. */
export function missingForSubmit(fields: { persons: Pick<InterceptionFieldsData['persons'][number], 'outcomes' | 'sanctionDecision' | 'investigationUnit'>[] }): Problems {
  const problems: Problems = {};
  if (!fields.persons.length) problems.persons = { vi: 'Chưa có người bị ngăn chặn.', en: 'No intercepted person.' };
  fields.persons.forEach((p, i) => {
    if (!p.outcomes.length) problems[`persons.${i}.outcomes`] = { vi: 'Chưa ghi kết quả xử lý.', en: 'No outcome recorded.' };
    if (p.outcomes.includes('administrative_sanction') && !p.sanctionDecision)
      problems[`persons.${i}.sanctionDecision`] = { vi: 'Hãy ghi số quyết định xử phạt.', en: 'Give the sanction decision number.' };
    if (p.outcomes.includes('referred_for_investigation') && !p.investigationUnit)
      problems[`persons.${i}.investigationUnit`] = { vi: 'Hãy ghi đơn vị được chuyển đến.', en: 'Give the unit referred to.' };
  });
  return problems;
}
