import { defineVocabulary } from './define.js';

/** HTCDS prs_Gender: Male, Female, Transgender/NonConforming, Unknown. */
export const sex = defineVocabulary('sex', [
  { code: 'male', htcds: 'Male', vi: 'Nam', km: 'ប្រុស', en: 'Male' },
  { code: 'female', htcds: 'Female', vi: 'Nữ', km: 'ស្រី', en: 'Female' },
  {
    code: 'transgender_nonconforming',
    htcds: 'Transgender/NonConforming',
    vi: 'Người chuyển giới / không theo chuẩn giới',
    km: 'អ្នកប្ដូរភេទ ឬមិនកំណត់ភេទ',
    en: 'Transgender / non-conforming',
  },
  { code: 'unknown', htcds: 'Unknown', vi: 'Không rõ', km: 'មិនដឹង', en: 'Unknown' },
]);

/** HTCDS prs_Nationality uses ISO 3166 alpha-2 codes; the codes here are those codes where one exists. */
export const nationality = defineVocabulary('nationality', [
  { code: 'VN', htcds: 'VN', vi: 'Việt Nam', km: 'វៀតណាម', en: 'Viet Nam' },
  { code: 'KH', htcds: 'KH', vi: 'Campuchia', km: 'កម្ពុជា', en: 'Cambodia' },
  { code: 'LA', htcds: 'LA', vi: 'Lào', km: 'ឡាវ', en: 'Lao PDR' },
  { code: 'TH', htcds: 'TH', vi: 'Thái Lan', km: 'ថៃ', en: 'Thailand' },
  { code: 'CN', htcds: 'CN', vi: 'Trung Quốc', km: 'ចិន', en: 'China' },
  { code: 'STATELESS', vi: 'Không quốc tịch', km: 'គ្មានសញ្ជាតិ', en: 'Stateless' },
  { code: 'OTHER', vi: 'Quốc tịch khác', km: 'សញ្ជាតិផ្សេងទៀត', en: 'Other nationality' },
  { code: 'UNKNOWN', vi: 'Không rõ quốc tịch', km: 'មិនដឹងសញ្ជាតិ', en: 'Nationality unknown' },
]);

export const identityDocumentType = defineVocabulary('identity_document_type', [
  {
    code: 'vn_citizen_id',
    vi: 'Thẻ căn cước / Căn cước công dân / CMND',
    km: 'អត្តសញ្ញាណប័ណ្ណវៀតណាម',
    en: 'Vietnamese citizen identity card (CCCD / CMND)',
  },
  { code: 'passport', vi: 'Hộ chiếu', km: 'លិខិតឆ្លងដែន', en: 'Passport' },
  {
    code: 'kh_national_id',
    vi: 'Chứng minh thư / thẻ căn cước Campuchia',
    km: 'អត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ',
    en: 'Cambodian national identity card',
  },
  { code: 'birth_certificate', vi: 'Giấy khai sinh', km: 'សំបុត្រកំណើត', en: 'Birth certificate' },
  {
    code: 'laissez_passer',
    vi: 'Giấy thông hành / giấy tờ thay hộ chiếu',
    km: 'លិខិតអនុញ្ញាតឆ្លងកាត់',
    en: 'Laissez-passer / travel document in lieu of passport',
  },
  { code: 'border_pass', vi: 'Giấy thông hành biên giới', km: 'ប័ណ្ណឆ្លងដែន', en: 'Border pass' },
  { code: 'other_document', vi: 'Giấy tờ khác', km: 'ឯកសារផ្សេងទៀត', en: 'Other document' },
  { code: 'none', vi: 'Không có giấy tờ', km: 'គ្មានឯកសារ', en: 'No document' },
]);

/**
 * Role of a person in a repatriation case. Law 53/2024/QH15 protects victims, persons being identified as
 * victims, and children accompanying a victim (DOMAIN.md); HTCDS has no field for this.
 */
export const casePersonRole = defineVocabulary('case_person_role', [
  { code: 'confirmed_victim', vi: 'Nạn nhân', km: 'ជនរងគ្រោះ', en: 'Confirmed victim' },
  {
    code: 'being_identified',
    vi: 'Người đang trong quá trình xác định là nạn nhân',
    km: 'អ្នកកំពុងស្ថិតក្នុងដំណើរការកំណត់អត្តសញ្ញាណជាជនរងគ្រោះ',
    en: 'Person being identified as a victim',
  },
  {
    code: 'accompanying_child',
    vi: 'Trẻ em đi cùng nạn nhân',
    km: 'កុមាររួមដំណើរជាមួយជនរងគ្រោះ',
    en: 'Child accompanying a victim',
  },
  { code: 'other_returnee', vi: 'Người hồi hương khác', km: 'អ្នកវិលត្រឡប់ផ្សេងទៀត', en: 'Other returnee' },
]);

export const healthStatus = defineVocabulary('health_status', [
  { code: 'good', vi: 'Sức khỏe bình thường', km: 'សុខភាពល្អ', en: 'Good' },
  { code: 'needs_attention', vi: 'Cần theo dõi', km: 'ត្រូវការការតាមដាន', en: 'Needs monitoring' },
  { code: 'needs_treatment', vi: 'Cần điều trị', km: 'ត្រូវការការព្យាបាល', en: 'Needs treatment' },
  { code: 'emergency', vi: 'Cần cấp cứu', km: 'ករណីបន្ទាន់', en: 'Emergency' },
  { code: 'not_assessed', vi: 'Chưa đánh giá', km: 'មិនទាន់បានវាយតម្លៃ', en: 'Not assessed' },
]);

/**
 * Report age bands as published by the Counter Trafficking Data Collaborative (CTDC `ageBroad`:
 * 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+). Codes are the band bounds; `ageBand()` maps an
 * age onto them. CTDC is not HTCDS, so no `htcds` value.
 */
export const ageBandTerms = defineVocabulary('age_band', [
  { code: '0-8', vi: '0–8 tuổi', km: '០–៨ ឆ្នាំ', en: '0–8 years' },
  { code: '9-17', vi: '9–17 tuổi', km: '៩–១៧ ឆ្នាំ', en: '9–17 years' },
  { code: '18-20', vi: '18–20 tuổi', km: '១៨–២០ ឆ្នាំ', en: '18–20 years' },
  { code: '21-23', vi: '21–23 tuổi', km: '២១–២៣ ឆ្នាំ', en: '21–23 years' },
  { code: '24-26', vi: '24–26 tuổi', km: '២៤–២៦ ឆ្នាំ', en: '24–26 years' },
  { code: '27-29', vi: '27–29 tuổi', km: '២៧–២៩ ឆ្នាំ', en: '27–29 years' },
  { code: '30-38', vi: '30–38 tuổi', km: '៣០–៣៨ ឆ្នាំ', en: '30–38 years' },
  { code: '39-47', vi: '39–47 tuổi', km: '៣៩–៤៧ ឆ្នាំ', en: '39–47 years' },
  { code: '48+', vi: 'Từ 48 tuổi trở lên', km: '៤៨ ឆ្នាំឡើងទៅ', en: '48 years and over' },
]);
