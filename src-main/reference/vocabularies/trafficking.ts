import { defineVocabulary } from './define.js';

/**
 * Type of exploitation. The top-level `htcds` values are those of HTCDS TypeOfExploitation as published in the
 * community `htcds` library for HTCDS v0.2 (pub.dev/packages/htcds: ForcedLabour, SexualExploitation,
 * ForcedMarriage, ForcedMilitaryService, OrganRemoval, ForcedBegging, IllicitActivities, IllegalAdoption,
 * Surrogacy, Other); the IOM field reference read for this (HTCDS Field Reference.md) does not list the field,
 * so treat these as the closest published values.
 *
 * Forced-labour sectors are child terms (`parentCode: 'forced_labour'`) carrying HTCDS
 * vic_TypeOfLabourExploitation values (Agriculture, Aquafarming, Begging, Construction, DomesticWork,
 * Hospitality, IllicitActivities, Manufacturing, MiningOrDrilling, Peddling, Transportation, Other).
 * Fishing at sea and online scam compounds have no exact HTCDS value and carry none.
 */
export const exploitationType = defineVocabulary('exploitation_type', [
  { code: 'sexual_exploitation', htcds: 'SexualExploitation', vi: 'Bóc lột tình dục', km: 'ការកេងប្រវ័ញ្ចផ្លូវភេទ', en: 'Sexual exploitation' },
  { code: 'forced_labour', htcds: 'ForcedLabour', vi: 'Cưỡng bức lao động', km: 'ពលកម្មដោយបង្ខំ', en: 'Forced labour' },
  { code: 'forced_marriage', htcds: 'ForcedMarriage', vi: 'Cưỡng ép kết hôn', km: 'អាពាហ៍ពិពាហ៍ដោយបង្ខំ', en: 'Forced marriage' },
  { code: 'organ_removal', htcds: 'OrganRemoval', vi: 'Lấy bộ phận cơ thể người', km: 'ការយកសរីរាង្គចេញ', en: 'Organ removal' },
  { code: 'forced_surrogacy', htcds: 'Surrogacy', vi: 'Cưỡng ép mang thai hộ', km: 'ការបង្ខំឱ្យពពោះជំនួស', en: 'Forced surrogacy' },
  // Nearest HTCDS value would be IllegalAdoption, which is narrower: left without a code on purpose.
  { code: 'sale_of_children', vi: 'Mua bán trẻ em', km: 'ការលក់កុមារ', en: 'Sale of children' },
  { code: 'forced_criminality', htcds: 'IllicitActivities', vi: 'Cưỡng bức thực hiện hành vi phạm tội', km: 'ការបង្ខំឱ្យប្រព្រឹត្តបទល្មើស', en: 'Forced criminality' },
  { code: 'forced_begging', htcds: 'ForcedBegging', vi: 'Cưỡng bức ăn xin', km: 'ការបង្ខំឱ្យសុំទាន', en: 'Forced begging' },
  { code: 'other', htcds: 'Other', vi: 'Hình thức bóc lột khác', km: 'ការកេងប្រវ័ញ្ចផ្សេងៗ', en: 'Other exploitation' },

  { code: 'labour_online_scam', parentCode: 'forced_labour', vi: 'Lừa đảo trực tuyến (cơ sở lừa đảo qua mạng)', km: 'ការឆបោកតាមអនឡាញ', en: 'Online scam operations' },
  { code: 'labour_fishing', parentCode: 'forced_labour', vi: 'Đánh bắt thủy sản', km: 'នេសាទ', en: 'Fishing' },
  { code: 'labour_aquafarming', htcds: 'Aquafarming', parentCode: 'forced_labour', vi: 'Nuôi trồng thủy sản', km: 'វារីវប្បកម្ម', en: 'Aquafarming' },
  { code: 'labour_construction', htcds: 'Construction', parentCode: 'forced_labour', vi: 'Xây dựng', km: 'សំណង់', en: 'Construction' },
  { code: 'labour_agriculture', htcds: 'Agriculture', parentCode: 'forced_labour', vi: 'Nông nghiệp', km: 'កសិកម្ម', en: 'Agriculture' },
  { code: 'labour_domestic_work', htcds: 'DomesticWork', parentCode: 'forced_labour', vi: 'Giúp việc gia đình', km: 'ការងារមេផ្ទះ', en: 'Domestic work' },
  { code: 'labour_manufacturing', htcds: 'Manufacturing', parentCode: 'forced_labour', vi: 'Sản xuất, nhà máy', km: 'ផលិតកម្ម និងរោងចក្រ', en: 'Manufacturing' },
  {
    code: 'labour_hospitality',
    htcds: 'Hospitality',
    parentCode: 'forced_labour',
    vi: 'Nhà hàng, khách sạn, giải trí',
    km: 'ភោជនីយដ្ឋាន សណ្ឋាគារ និងកម្សាន្ត',
    en: 'Hospitality and entertainment',
  },
  { code: 'labour_mining', htcds: 'MiningOrDrilling', parentCode: 'forced_labour', vi: 'Khai khoáng', km: 'ការជីករ៉ែ', en: 'Mining or drilling' },
  { code: 'labour_transportation', htcds: 'Transportation', parentCode: 'forced_labour', vi: 'Vận tải', km: 'ការដឹកជញ្ជូន', en: 'Transportation' },
  { code: 'labour_peddling', htcds: 'Peddling', parentCode: 'forced_labour', vi: 'Bán hàng rong', km: 'ការលក់ដូរតាមផ្លូវ', en: 'Peddling' },
  { code: 'labour_other', htcds: 'Other', parentCode: 'forced_labour', vi: 'Ngành nghề khác', km: 'វិស័យផ្សេងៗ', en: 'Other sector' },
]);

/** The 17 HTCDS vic_MethodsOfControl values (HTCDS Field Reference.md, "Field Definitions.md"). */
export const meansOfControl = defineVocabulary('means_of_control', [
  { code: 'debt_bondage', htcds: 'DebtBondage', vi: 'Gán nợ, trói buộc bằng nợ', km: 'ការជាប់បំណុល', en: 'Debt bondage' },
  { code: 'takes_earnings', htcds: 'TakesEarnings', vi: 'Chiếm đoạt thu nhập', km: 'ការរឹបអូសប្រាក់ចំណូល', en: 'Takes earnings' },
  { code: 'restricts_financial_access', htcds: 'RestrictsFinancialAccess', vi: 'Hạn chế tiếp cận tài chính', km: 'ការរឹតត្បិតការប្រើប្រាស់ហិរញ្ញវត្ថុ', en: 'Restricts financial access' },
  { code: 'threats', htcds: 'Threats', vi: 'Đe dọa', km: 'ការគំរាមកំហែង', en: 'Threats' },
  { code: 'psychological_abuse', htcds: 'PsychologicalAbuse', vi: 'Bạo hành tinh thần', km: 'ការរំលោភបំពានផ្លូវចិត្ត', en: 'Psychological abuse' },
  { code: 'physical_abuse', htcds: 'PhysicalAbuse', vi: 'Bạo hành thể chất', km: 'ការរំលោភបំពានផ្លូវកាយ', en: 'Physical abuse' },
  { code: 'sexual_abuse', htcds: 'SexualAbuse', vi: 'Xâm hại tình dục', km: 'ការរំលោភបំពានផ្លូវភេទ', en: 'Sexual abuse' },
  { code: 'false_promises', htcds: 'FalsePromises', vi: 'Hứa hẹn gian dối', km: 'ការសន្យាក្លែងក្លាយ', en: 'False promises' },
  { code: 'psychoactive_substances', htcds: 'PsychoactiveSubstances', vi: 'Sử dụng chất gây nghiện', km: 'ការប្រើសារធាតុញៀន', en: 'Psychoactive substances' },
  { code: 'restricts_movement', htcds: 'RestrictsMovement', vi: 'Hạn chế đi lại, giam giữ', km: 'ការរឹតត្បិតសេរីភាពធ្វើដំណើរ', en: 'Restricts movement' },
  { code: 'restricts_medical_care', htcds: 'RestrictsMedicalCare', vi: 'Hạn chế chăm sóc y tế', km: 'ការរឹតត្បិតការថែទាំសុខភាព', en: 'Restricts medical care' },
  { code: 'excessive_working_hours', htcds: 'ExcessiveWorkingHours', vi: 'Làm việc quá giờ', km: 'ម៉ោងធ្វើការហួសកម្រិត', en: 'Excessive working hours' },
  { code: 'uses_children', htcds: 'UsesChildren', vi: 'Lợi dụng con cái để khống chế', km: 'ការប្រើកូនជាមធ្យោបាយគ្រប់គ្រង', en: 'Uses children' },
  {
    code: 'threat_of_law_enforcement',
    htcds: 'ThreatOfLawEnforcement',
    vi: 'Đe dọa tố giác với cơ quan chức năng',
    km: 'ការគំរាមរាយការណ៍ទៅអាជ្ញាធរ',
    en: 'Threat of law enforcement',
  },
  { code: 'withholds_necessities', htcds: 'WithholdsNecessities', vi: 'Cắt nhu yếu phẩm', km: 'ការដកហូតតម្រូវការចាំបាច់', en: 'Withholds necessities' },
  { code: 'withholds_documents', htcds: 'WithholdsDocuments', vi: 'Giữ giấy tờ tùy thân', km: 'ការរឹបអូសឯកសារ', en: 'Withholds documents' },
  { code: 'other', htcds: 'Other', vi: 'Thủ đoạn khác', km: 'ផ្សេងៗ', en: 'Other' },
]);

/**
 * HTCDS vic_MethodOfRecruitment. The reference lists value names with spaces and punctuation, equal to the
 * labels, so `htcds` carries them verbatim. `friend_acquaintance` (DOMAIN.md) has no HTCDS equivalent here.
 */
export const recruitmentMethod = defineVocabulary('recruitment_method', [
  { code: 'abduction', htcds: 'Abduction', vi: 'Bắt cóc', km: 'ការចាប់ពង្រត់', en: 'Abduction' },
  { code: 'educational_facility', htcds: 'Educational Facility', vi: 'Qua cơ sở giáo dục', km: 'តាមរយៈគ្រឹះស្ថានអប់រំ', en: 'Educational facility' },
  { code: 'familial', htcds: 'Familial', vi: 'Người thân trong gia đình', km: 'តាមរយៈសមាជិកគ្រួសារ', en: 'Family member' },
  {
    code: 'internet',
    htcds: 'Internet (social media, online advertisement)',
    vi: 'Qua Internet, mạng xã hội',
    km: 'តាមរយៈអ៊ីនធឺណិត ឬបណ្ដាញសង្គម',
    en: 'Internet (social media, online advertisement)',
  },
  {
    code: 'international_marriage_broker',
    htcds: 'International Marriage Broker (IMB)',
    vi: 'Môi giới hôn nhân với người nước ngoài',
    km: 'ឈ្មួញកណ្ដាលរៀបការអន្តរជាតិ',
    en: 'International marriage broker',
  },
  {
    code: 'intimate_partner',
    htcds: 'Intimate partner/marriage proposition',
    vi: 'Người yêu, hứa hẹn kết hôn',
    km: 'ដៃគូស្នេហា ឬការស្នើរៀបការ',
    en: 'Intimate partner / marriage proposition',
  },
  { code: 'job_offer', htcds: 'Job offer/advertisement', vi: 'Hứa hẹn việc làm, quảng cáo tuyển dụng', km: 'ការផ្ដល់ការងារ ឬការផ្សាយជ្រើសរើសបុគ្គលិក', en: 'Job offer / advertisement' },
  { code: 'posing_as_benefactor', htcds: 'Posing as Benefactor', vi: 'Giả làm người giúp đỡ', km: 'ការក្លែងខ្លួនជាអ្នកជួយឧបត្ថម្ភ', en: 'Posing as benefactor' },
  { code: 'friend_acquaintance', vi: 'Bạn bè, người quen', km: 'មិត្តភក្តិ ឬអ្នកស្គាល់គ្នា', en: 'Friend / acquaintance' },
  { code: 'public_area', htcds: 'Public Area', vi: 'Tại nơi công cộng', km: 'នៅទីសាធារណៈ', en: 'Public area' },
  { code: 'offer_of_accommodation', htcds: 'Offer of Accommodation', vi: 'Hứa hẹn chỗ ở', km: 'ការផ្ដល់កន្លែងស្នាក់នៅ', en: 'Offer of accommodation' },
  { code: 'shelter', htcds: 'Shelter', vi: 'Qua cơ sở bảo trợ, nhà tạm lánh', km: 'តាមរយៈទីជម្រក', en: 'Shelter' },
  { code: 'smuggling_ransom', htcds: 'Smuggling, ransom', vi: 'Đưa người vượt biên trái phép, đòi tiền chuộc', km: 'ការនាំឆ្លងដែនខុសច្បាប់ ឬការទារប្រាក់លោះ', en: 'Smuggling, ransom' },
  { code: 'work', htcds: 'Work', vi: 'Qua nơi làm việc', km: 'តាមរយៈកន្លែងធ្វើការ', en: 'Work' },
  { code: 'other', htcds: 'Other', vi: 'Cách thức khác', km: 'ផ្សេងៗ', en: 'Other' },
  { code: 'unknown', htcds: 'Unknown', vi: 'Không rõ', km: 'មិនដឹង', en: 'Unknown' },
]);

/** HTCDS per_RoleInProcess (all 15 values). Facilitators met at interceptions (brokers, drivers) fit here too. */
export const perpetratorRole = defineVocabulary('perpetrator_role', [
  { code: 'recruiter_intermediary', htcds: 'RecruiterOrIntermediary', vi: 'Người tuyển mộ, trung gian', km: 'អ្នកជ្រើសរើស ឬអន្តរការី', en: 'Recruiter or intermediary' },
  { code: 'broker_travel_agent', htcds: 'BrokerTravelAgent', vi: 'Môi giới, đại lý du lịch', km: 'ឈ្មួញកណ្ដាល ឬភ្នាក់ងារទេសចរណ៍', en: 'Broker / travel agent' },
  { code: 'transporter', htcds: 'Transporter', vi: 'Người vận chuyển', km: 'អ្នកដឹកជញ្ជូន', en: 'Transporter' },
  { code: 'smuggler', htcds: 'Smuggler', vi: 'Người đưa người vượt biên trái phép', km: 'អ្នកនាំមនុស្សឆ្លងដែនខុសច្បាប់', en: 'Smuggler' },
  { code: 'exploiter', htcds: 'Exploiter', vi: 'Người bóc lột', km: 'អ្នកកេងប្រវ័ញ្ច', en: 'Exploiter' },
  { code: 'kidnapper', htcds: 'Kidnapper', vi: 'Người bắt cóc', km: 'អ្នកចាប់ពង្រត់', en: 'Kidnapper' },
  { code: 'abuser', htcds: 'Abuser', vi: 'Người ngược đãi', km: 'អ្នករំលោភបំពាន', en: 'Abuser' },
  { code: 'controlled_individual', htcds: 'ControlledIndividual', vi: 'Người khống chế nạn nhân', km: 'អ្នកគ្រប់គ្រងជនរងគ្រោះ', en: 'Controlled the individual' },
  { code: 'sold_individual', htcds: 'SoldIndividual', vi: 'Người bán nạn nhân', km: 'អ្នកលក់ជនរងគ្រោះ', en: 'Sold the individual' },
  { code: 'bought_individual', htcds: 'BoughtIndividual', vi: 'Người mua nạn nhân', km: 'អ្នកទិញជនរងគ្រោះ', en: 'Bought the individual' },
  { code: 'received_individual', htcds: 'ReceivedIndividual', vi: 'Người tiếp nhận nạn nhân', km: 'អ្នកទទួលជនរងគ្រោះ', en: 'Received the individual' },
  { code: 'harboured_individual', htcds: 'HarbouredIndividual', vi: 'Người chứa chấp nạn nhân', km: 'អ្នកលាក់ទុកជនរងគ្រោះ', en: 'Harboured the individual' },
  { code: 'transferred_individual', htcds: 'TransferredIndividual', vi: 'Người chuyển giao nạn nhân', km: 'អ្នកផ្ទេរជនរងគ្រោះ', en: 'Transferred the individual' },
  { code: 'travelling_partner', htcds: 'TravellingPartner', vi: 'Người đi cùng', km: 'អ្នករួមដំណើរ', en: 'Travelling partner' },
  { code: 'other', htcds: 'Other', vi: 'Vai trò khác', km: 'ផ្សេងៗ', en: 'Other' },
]);

/**
 * Screening at an interception (DOMAIN.md); not an HTCDS field. `data` says what a "yes" means in a victim
 * case opened from the interception: the HTCDS means of control (`meansOfControl`) or recruitment method
 * (`recruitment`) it maps to, where one fits. An administrator sees the mapping with the term.
 */
export const traffickingIndicator = defineVocabulary('trafficking_indicator', [
  {
    code: 'deceptive_job_offer',
    vi: 'Được hứa hẹn việc làm không rõ ràng, gian dối',
    km: 'ការផ្ដល់ការងារបោកប្រាស់',
    en: 'Deceptive job offer',
    data: { meansOfControl: 'false_promises', recruitment: 'job_offer' },
  },
  {
    code: 'debt',
    vi: 'Mắc nợ người môi giới, người đưa đi',
    km: 'ជាប់បំណុលអ្នកជ្រើសរើស ឬអ្នកនាំដំណើរ',
    en: 'Owes a debt to the recruiter or escort',
    data: { meansOfControl: 'debt_bondage' },
  },
  { code: 'documents_taken', vi: 'Bị giữ giấy tờ tùy thân', km: 'ឯកសារត្រូវបានរឹបអូស', en: 'Identity documents taken', data: { meansOfControl: 'withholds_documents' } },
  {
    code: 'restricted_movement',
    vi: 'Bị hạn chế đi lại, liên lạc',
    km: 'ត្រូវបានរឹតត្បិតការធ្វើដំណើរ និងទំនាក់ទំនង',
    en: 'Movement or contact restricted',
    data: { meansOfControl: 'restricts_movement' },
  },
  { code: 'minor_without_guardian', vi: 'Trẻ em đi không có người giám hộ', km: 'កុមារធ្វើដំណើរដោយគ្មានអាណាព្យាបាល', en: 'Minor travelling without a guardian' },
  { code: 'unaware_of_destination', vi: 'Không biết nơi đến, nơi làm việc', km: 'មិនដឹងគោលដៅ ឬកន្លែងធ្វើការ', en: 'Does not know the destination or workplace' },
  { code: 'travel_paid_by_third_party', vi: 'Chi phí đi lại do người khác trả', km: 'ថ្លៃធ្វើដំណើរបង់ដោយអ្នកផ្សេង', en: 'Travel paid by a third party' },
  {
    code: 'controlled_by_companion',
    vi: 'Bị người đi cùng kiểm soát, trả lời thay',
    km: 'ត្រូវបានគ្រប់គ្រងដោយអ្នករួមដំណើរ',
    en: 'Controlled by a companion',
    data: { meansOfControl: 'psychological_abuse' },
  },
  { code: 'signs_of_abuse', vi: 'Có dấu hiệu bị bạo hành', km: 'មានស្លាកស្នាមនៃការរំលោភបំពាន', en: 'Signs of abuse', data: { meansOfControl: 'physical_abuse' } },
  { code: 'recruited_online', vi: 'Được tuyển qua mạng xã hội', km: 'ត្រូវបានជ្រើសរើសតាមបណ្ដាញសង្គម', en: 'Recruited through social media', data: { recruitment: 'internet' } },
  { code: 'other', vi: 'Dấu hiệu khác', km: 'សញ្ញាផ្សេងៗ', en: 'Other indicator' },
]);

/**
 * The screening rules, as data (issue 12): each row is a condition on the indicators answered "yes" and the
 * level it gives; its labels are the reason shown in words. `indicators` empty means any indicator; `min` is how
 * many of them must be "yes". The administrator sees them beside the indicators and may switch one off. The
 * rule that a child travelling without a guardian is always at least "some" is law, not data: the function
 * applies it whatever these rows say (src-shared/interceptions/screening.ts).
 */
export const screeningRule = defineVocabulary('screening_rule', [
  {
    code: 'documents_taken',
    vi: 'Bị người khác giữ giấy tờ tùy thân',
    km: 'ឯកសារអត្តសញ្ញាណត្រូវបានអ្នកផ្សេងរឹបអូស',
    en: 'Someone else holds the identity documents',
    data: { level: 'strong', indicators: ['documents_taken'], min: 1 },
  },
  {
    code: 'restricted_movement',
    vi: 'Bị hạn chế đi lại, liên lạc',
    km: 'ត្រូវបានរឹតត្បិតការធ្វើដំណើរ និងទំនាក់ទំនង',
    en: 'Movement or contact is restricted',
    data: { level: 'strong', indicators: ['restricted_movement'], min: 1 },
  },
  {
    code: 'signs_of_abuse',
    vi: 'Có dấu hiệu bị bạo hành',
    km: 'មានស្លាកស្នាមនៃការរំលោភបំពាន',
    en: 'Shows signs of abuse',
    data: { level: 'strong', indicators: ['signs_of_abuse'], min: 1 },
  },
  {
    code: 'debt_and_deception',
    vi: 'Vừa mắc nợ người đưa đi vừa được hứa hẹn việc làm gian dối',
    km: 'ជាប់បំណុល និងត្រូវបានសន្យាការងារបោកប្រាស់',
    en: 'Owes a debt and was offered a deceptive job',
    data: { level: 'strong', indicators: ['debt', 'deceptive_job_offer'], min: 2 },
  },
  { code: 'three_or_more', vi: 'Có từ ba dấu hiệu trở lên', km: 'មានសញ្ញាចាប់ពីបីឡើងទៅ', en: 'Three or more indicators', data: { level: 'strong', indicators: [], min: 3 } },
  {
    code: 'any_indicator',
    vi: 'Có dấu hiệu mua bán người',
    km: 'មានសញ្ញានៃការជួញដូរមនុស្ស',
    en: 'At least one indicator of trafficking',
    data: { level: 'some', indicators: [], min: 1 },
  },
]);
