import { defineVocabulary } from './define.js';

/** Repatriation workflow stages (issue 5); not an HTCDS field. */
export const repatriationStage = defineVocabulary('repatriation_stage', [
  { code: 'requested', vi: 'Đã nhận yêu cầu', km: 'បានទទួលសំណើ', en: 'Requested' },
  { code: 'verifying', vi: 'Đang xác minh', km: 'កំពុងផ្ទៀងផ្ទាត់', en: 'Verifying' },
  { code: 'agreed', vi: 'Đã thống nhất', km: 'បានព្រមព្រៀង', en: 'Agreed' },
  { code: 'handed_over', vi: 'Đã bàn giao, tiếp nhận', km: 'បានប្រគល់ និងទទួល', en: 'Handed over' },
  { code: 'referred', vi: 'Đã chuyển hỗ trợ', km: 'បានបញ្ជូនបន្តទៅសេវាគាំទ្រ', en: 'Referred to support' },
  { code: 'closed', vi: 'Đã kết thúc', km: 'បានបិទ', en: 'Closed' },
  { code: 'cancelled', vi: 'Đã hủy', km: 'បានលុបចោល', en: 'Cancelled' },
]);

export const repatriationDirection = defineVocabulary('repatriation_direction', [
  { code: 'receiving_from_kh', vi: 'Tiếp nhận từ phía Campuchia', km: 'ទទួលពីភាគីកម្ពុជា', en: 'Receiving from Cambodia' },
  { code: 'handing_over_to_kh', vi: 'Bàn giao cho phía Campuchia', km: 'ប្រគល់ឱ្យភាគីកម្ពុជា', en: 'Handing over to Cambodia' },
]);

/** HTCDS has referral fields but no service list; these follow the support the Vietnamese law provides. */
export const supportService = defineVocabulary('support_service', [
  { code: 'shelter', vi: 'Chỗ ở tạm thời, nhà tạm lánh', km: 'ទីជម្រកសុវត្ថិភាព', en: 'Shelter' },
  { code: 'essential_needs', vi: 'Nhu cầu thiết yếu, chi phí đi lại', km: 'តម្រូវការចាំបាច់ និងថ្លៃធ្វើដំណើរ', en: 'Essential needs and travel costs' },
  { code: 'health', vi: 'Chăm sóc y tế', km: 'ការថែទាំសុខភាព', en: 'Health care' },
  { code: 'psychosocial', vi: 'Hỗ trợ tâm lý', km: 'ការប្រឹក្សាផ្លូវចិត្តសង្គម', en: 'Psychosocial support' },
  { code: 'legal_aid', vi: 'Trợ giúp pháp lý', km: 'ជំនួយផ្លូវច្បាប់', en: 'Legal aid' },
  { code: 'education', vi: 'Hỗ trợ học văn hóa', km: 'ការគាំទ្រការសិក្សា', en: 'Education support' },
  { code: 'vocational', vi: 'Học nghề, tạo việc làm', km: 'ការបណ្ដុះបណ្ដាលវិជ្ជាជីវៈ និងការងារ', en: 'Vocational training and employment' },
  { code: 'reintegration', vi: 'Hỗ trợ tái hòa nhập cộng đồng', km: 'ការធ្វើសមាហរណកម្មទៅក្នុងសហគមន៍វិញ', en: 'Reintegration' },
  { code: 'family_tracing', vi: 'Tìm kiếm, đoàn tụ gia đình', km: 'ការស្វែងរកក្រុមគ្រួសារ', en: 'Family tracing and reunification' },
  { code: 'other', vi: 'Hỗ trợ khác', km: 'ជំនួយផ្សេងៗ', en: 'Other support' },
]);

export const transportMode = defineVocabulary('transport_mode', [
  { code: 'car', vi: 'Ô tô', km: 'រថយន្ត', en: 'Car' },
  { code: 'bus_coach', vi: 'Xe khách', km: 'រថយន្តក្រុង', en: 'Bus / coach' },
  { code: 'motorbike', vi: 'Xe máy', km: 'ម៉ូតូ', en: 'Motorbike' },
  { code: 'boat', vi: 'Tàu, thuyền', km: 'ទូក ឬកប៉ាល់', en: 'Boat' },
  { code: 'on_foot', vi: 'Đi bộ', km: 'ថ្មើរជើង', en: 'On foot' },
  { code: 'air', vi: 'Máy bay', km: 'យន្តហោះ', en: 'Air' },
  { code: 'other', vi: 'Phương tiện khác', km: 'មធ្យោបាយផ្សេងៗ', en: 'Other' },
]);

export const interceptionDirection = defineVocabulary('interception_direction', [
  { code: 'leaving_vn', vi: 'Xuất cảnh (từ Việt Nam sang Campuchia)', km: 'ចេញពីវៀតណាមទៅកម្ពុជា', en: 'Leaving Viet Nam' },
  { code: 'entering_vn', vi: 'Nhập cảnh (từ Campuchia vào Việt Nam)', km: 'ចូលវៀតណាមពីកម្ពុជា', en: 'Entering Viet Nam' },
]);

/** How a crossing was made (issue 12); the returned-crossers minutes print it (`template`). */
export const crossingMethod = defineVocabulary('crossing_method', [
  { code: 'on_foot', vi: 'Đi bộ qua đường mòn, lối mở', km: 'ថ្មើរជើង', en: 'On foot', data: { template: 'onFoot' } },
  { code: 'motorbike', vi: 'Xe máy', km: 'ម៉ូតូ', en: 'Motorbike', data: { template: 'motorbike' } },
  { code: 'boat', vi: 'Tàu, thuyền qua sông, kênh', km: 'ទូក', en: 'Boat', data: { template: 'boat' } },
  { code: 'vehicle', vi: 'Ô tô', km: 'រថយន្ត', en: 'Vehicle', data: { template: 'vehicle' } },
  { code: 'hidden_in_cargo', vi: 'Ẩn trong hàng hóa', km: 'លាក់ក្នុងទំនិញ', en: 'Hidden in cargo', data: { template: 'hiddenInCargo' } },
  { code: 'other', vi: 'Cách khác', km: 'មធ្យោបាយផ្សេងៗ', en: 'Other', data: { template: 'other' } },
]);

/** Why an intercepted person was crossing (issue 12). */
export const travelPurpose = defineVocabulary('travel_purpose', [
  { code: 'job_offer', vi: 'Đi làm theo lời mời', km: 'ទៅធ្វើការតាមការផ្ដល់ការងារ', en: 'Job offer' },
  { code: 'marriage', vi: 'Kết hôn', km: 'រៀបការ', en: 'Marriage' },
  { code: 'visiting_family', vi: 'Thăm thân', km: 'សួរសុខទុក្ខគ្រួសារ', en: 'Visiting family' },
  { code: 'trading', vi: 'Buôn bán', km: 'ធ្វើពាណិជ្ជកម្ម', en: 'Trading' },
  { code: 'seasonal_work', vi: 'Làm thuê theo mùa vụ', km: 'ការងាររដូវកាល', en: 'Seasonal work' },
  { code: 'gambling', vi: 'Đánh bạc', km: 'ល្បែងស៊ីសង', en: 'Gambling' },
  { code: 'unknown', vi: 'Không rõ', km: 'មិនដឹង', en: 'Unknown' },
  { code: 'other', vi: 'Mục đích khác', km: 'គោលបំណងផ្សេងៗ', en: 'Other' },
]);

export const interceptionDisposition = defineVocabulary('interception_disposition', [
  { code: 'returned_across_line', vi: 'Trao trả cho phía Campuchia', km: 'ប្រគល់ឱ្យភាគីកម្ពុជាវិញ', en: 'Returned across the line' },
  { code: 'administrative_sanction', vi: 'Xử phạt vi phạm hành chính', km: 'ការពិន័យរដ្ឋបាល', en: 'Administrative sanction' },
  { code: 'referred_for_investigation', vi: 'Chuyển cơ quan điều tra', km: 'បញ្ជូនទៅស៊ើបអង្កេត', en: 'Referred for investigation' },
  { code: 'possible_victim', vi: 'Nghi là nạn nhân — mở hồ sơ nạn nhân', km: 'អាចជាជនរងគ្រោះ — បើកសំណុំរឿង', en: 'Possible victim — case opened' },
  { code: 'other', vi: 'Xử lý khác', km: 'វិធានការផ្សេងៗ', en: 'Other' },
]);

export const meetingType = defineVocabulary('meeting_type', [
  { code: 'regular_liaison', vi: 'Giao ban định kỳ', km: 'កិច្ចប្រជុំទំនាក់ទំនងទៀងទាត់', en: 'Regular liaison meeting' },
  { code: 'urgent_ad_hoc', vi: 'Họp đột xuất', km: 'កិច្ចប្រជុំបន្ទាន់', en: 'Urgent / ad hoc meeting' },
  { code: 'annual_review', vi: 'Hội nghị sơ kết, tổng kết năm', km: 'កិច្ចប្រជុំបូកសរុបប្រចាំឆ្នាំ', en: 'Annual review' },
  { code: 'joint_working_group', vi: 'Họp nhóm công tác chung', km: 'កិច្ចប្រជុំក្រុមការងាររួម', en: 'Joint working group' },
]);

export const meetingLevel = defineVocabulary('meeting_level', [
  { code: 'blo_blo', vi: 'Văn phòng liên lạc biên giới — Văn phòng liên lạc biên giới', km: 'ការិយាល័យទំនាក់ទំនងព្រំដែន — ការិយាល័យទំនាក់ទំនងព្រំដែន', en: 'BLO–BLO' },
  { code: 'provincial', vi: 'Cấp tỉnh', km: 'ថ្នាក់ខេត្ត', en: 'Provincial' },
  { code: 'central', vi: 'Cấp trung ương', km: 'ថ្នាក់កណ្ដាល', en: 'Central' },
]);

export const informationTopic = defineVocabulary('information_topic', [
  { code: 'trafficking', vi: 'Mua bán người', km: 'ការជួញដូរមនុស្ស', en: 'Trafficking in persons', kmNeedsReview: false },
  { code: 'illegal_crossing', vi: 'Xuất nhập cảnh trái phép', km: 'ការឆ្លងដែនខុសច្បាប់', en: 'Illegal border crossing' },
  { code: 'drugs', vi: 'Ma túy', km: 'គ្រឿងញៀន', en: 'Drugs' },
  { code: 'smuggling', vi: 'Buôn lậu', km: 'ការរត់ពន្ធ', en: 'Smuggling of goods' },
  { code: 'wanted_persons', vi: 'Đối tượng truy nã', km: 'ជនជាប់ដីកាចាប់ខ្លួន', en: 'Wanted persons' },
  { code: 'other', vi: 'Nội dung khác', km: 'ព័ត៌មានផ្សេងៗ', en: 'Other' },
]);
