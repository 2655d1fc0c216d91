/**
 * Seed table of document label texts (vi / km / en). The vault stores a copy an administrator can edit;
 * templates take whatever table they are given. `needsReview` is true for every Khmer text not confirmed
 * by the glossary or the formats in DOMAIN.md: a translator must check it before it is trusted.
 * `{name}` placeholders are filled by the templates (see fillLabel).
 */

export interface SeedLabel {
  vi: string;
  km: string;
  en: string;
  needsReview: boolean;
}

export const DEFAULT_LABELS = {
  // National headers
  'header.vn.title': { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', km: 'សាធារណរដ្ឋសង្គមនិយមវៀតណាម', en: 'Socialist Republic of Viet Nam', needsReview: true },
  'header.vn.motto': { vi: 'Độc lập - Tự do - Hạnh phúc', km: 'ឯករាជ្យ - សេរីភាព - សុភមង្គល', en: 'Independence - Freedom - Happiness', needsReview: true },
  'header.kh.title': { vi: 'VƯƠNG QUỐC CAMPUCHIA', km: 'ព្រះរាជាណាចក្រកម្ពុជា', en: 'Kingdom of Cambodia', needsReview: false },
  'header.kh.motto': { vi: 'Dân tộc - Tôn giáo - Nhà vua', km: 'ជាតិ សាសនា ព្រះមហាក្សត្រ', en: 'Nation Religion King', needsReview: false },
  'doc.number': { vi: 'Số', km: 'លេខ', en: 'No.', needsReview: true },
  'doc.copyMark': { vi: 'BẢN SAO', km: 'ច្បាប់ចម្លង', en: 'COPY', needsReview: true },
  'doc.verifyCode': { vi: 'Mã kiểm tra', km: 'លេខកូដផ្ទៀងផ្ទាត់', en: 'Verification code', needsReview: true },
  'doc.page': { vi: 'Trang', km: 'ទំព័រ', en: 'Page', needsReview: true },

  // Titles
  'title.victimHandover.receive': {
    vi: 'BIÊN BẢN GIAO, NHẬN NẠN NHÂN BỊ MUA BÁN TỪ NƯỚC NGOÀI TRỞ VỀ',
    km: 'កំណត់ហេតុប្រគល់ និងទទួលជនរងគ្រោះពីការជួញដូរមនុស្សវិលត្រឡប់មកពីបរទេស',
    en: 'Minutes of handover and reception of trafficking victims returning from abroad',
    needsReview: true,
  },
  'title.victimHandover.handover': {
    vi: 'BIÊN BẢN GIAO, NHẬN NẠN NHÂN BỊ MUA BÁN',
    km: 'កំណត់ហេតុប្រគល់ និងទទួលជនរងគ្រោះពីការជួញដូរមនុស្ស',
    en: 'Minutes of handover and reception of trafficking victims',
    needsReview: true,
  },
  'title.meeting': { vi: 'BIÊN BẢN HỘI ĐÀM', km: 'កំណត់ហេតុកិច្ចប្រជុំ', en: 'Minutes of the cross-border meeting', needsReview: true },
  'title.returnedCrossers': {
    vi: 'BIÊN BẢN BÀN GIAO NGƯỜI XUẤT CẢNH, NHẬP CẢNH TRÁI PHÉP',
    km: 'កំណត់ហេតុប្រគល់ជនឆ្លងដែនខុសច្បាប់',
    en: 'Minutes of handover of persons returned after an illegal border crossing',
    needsReview: true,
  },
  'title.internalHandover': { vi: 'BIÊN BẢN BÀN GIAO NẠN NHÂN', km: 'កំណត់ហេតុប្រគល់ជនរងគ្រោះ', en: 'Minutes of internal handover of victims', needsReview: true },
  'title.internalHandover.subject': {
    vi: 'Về việc bàn giao nạn nhân bị mua bán từ nước ngoài trở về',
    km: 'ស្តីពីការប្រគល់ជនរងគ្រោះពីការជួញដូរមនុស្សវិលត្រឡប់មកពីបរទេស',
    en: 'On the handover of trafficking victims returned from abroad',
    needsReview: true,
  },

  // Sides, delegations, roles
  'side.VN': { vi: 'Phía Việt Nam', km: 'ភាគីវៀតណាម', en: 'Vietnamese side', needsReview: true },
  'side.KH': { vi: 'Phía Campuchia', km: 'ភាគីកម្ពុជា', en: 'Cambodian side', needsReview: true },
  'side.both': { vi: 'Hai bên', km: 'ភាគីទាំងពីរ', en: 'Both sides', needsReview: true },
  'delegation.attendees': { vi: 'Thành phần gồm có', km: 'សមាសភាពរួមមាន', en: 'Present', needsReview: true },
  'delegation.VN': { vi: 'Đại diện phía Việt Nam', km: 'តំណាងភាគីវៀតណាម', en: 'Representatives of the Vietnamese side', needsReview: true },
  'delegation.KH': { vi: 'Đại diện phía Campuchia', km: 'តំណាងភាគីកម្ពុជា', en: 'Representatives of the Cambodian side', needsReview: true },
  'role.head': { vi: 'Trưởng đoàn', km: 'ប្រធានគណៈប្រតិភូ', en: 'Head of delegation', needsReview: true },
  'role.member': { vi: 'Thành viên', km: 'សមាជិក', en: 'Member', needsReview: true },
  'role.interpreter': { vi: 'Phiên dịch', km: 'អ្នកបកប្រែ', en: 'Interpreter', needsReview: true },
  'role.noteTaker': { vi: 'Thư ký', km: 'លេខាធិការ', en: 'Note-taker', needsReview: true },
  'member.rank': { vi: 'Cấp bậc', km: 'ឋានន្តរសក្តិ', en: 'Rank', needsReview: true },
  'member.position': { vi: 'Chức vụ', km: 'តួនាទី', en: 'Position', needsReview: true },
  'member.agency': { vi: 'Đơn vị', km: 'អង្គភាព', en: 'Agency', needsReview: true },

  // Persons table
  'person.no': { vi: 'STT', km: 'ល.រ', en: 'No.', needsReview: true },
  'person.fullName': { vi: 'Họ và tên', km: 'គោត្តនាម និងនាម', en: 'Full name', needsReview: true },
  'person.otherName': { vi: 'Tên gọi khác', km: 'ឈ្មោះហៅក្រៅ', en: 'Other name', needsReview: true },
  'person.sex': { vi: 'Giới tính', km: 'ភេទ', en: 'Sex', needsReview: true },
  'person.birth': { vi: 'Ngày sinh / Tuổi', km: 'ថ្ងៃខែឆ្នាំកំណើត / អាយុ', en: 'Date of birth / age', needsReview: true },
  'person.nationality': { vi: 'Quốc tịch', km: 'សញ្ជាតិ', en: 'Nationality', needsReview: true },
  'person.homeAddress': { vi: 'Địa chỉ thường trú', km: 'អាសយដ្ឋានអចិន្ត្រៃយ៍', en: 'Home address', needsReview: true },
  'person.identityDocument': { vi: 'Giấy tờ tùy thân', km: 'ឯកសារអត្តសញ្ញាណ', en: 'Identity document', needsReview: true },
  'person.remarks': { vi: 'Ghi chú', km: 'កំណត់សម្គាល់', en: 'Remarks', needsReview: true },
  'person.child': { vi: 'Trẻ em', km: 'កុមារ', en: 'Child', needsReview: false },
  'person.childLegend': {
    vi: 'Dòng tô nền và đánh dấu ●: trẻ em (dưới 18 tuổi tại ngày lập biên bản)',
    km: 'ជួរមានពណ៌ផ្ទៃ និងសញ្ញា ●៖ កុមារ (អាយុក្រោម ១៨ ឆ្នាំ នៅថ្ងៃធ្វើកំណត់ហេតុ)',
    en: 'Shaded rows marked ●: children (under 18 on the date of the minutes)',
    needsReview: true,
  },
  'person.guardian': { vi: 'Người giám hộ', km: 'អាណាព្យាបាល', en: 'Guardian', needsReview: true },
  'person.interception': { vi: 'Nơi, thời gian phát hiện', km: 'ទីកន្លែង និងពេលវេលារកឃើញ', en: 'Where and when intercepted', needsReview: true },
  'sex.male': { vi: 'Nam', km: 'ប្រុស', en: 'Male', needsReview: true },
  'sex.female': { vi: 'Nữ', km: 'ស្រី', en: 'Female', needsReview: true },
  'sex.other': { vi: 'Khác', km: 'ផ្សេងៗ', en: 'Other', needsReview: true },
  'sex.unknown': { vi: 'Không rõ', km: 'មិនច្បាស់', en: 'Unknown', needsReview: true },
  'age.years': { vi: '{n} tuổi', km: '{n} ឆ្នាំ', en: '{n} years', needsReview: true },
  'age.about': { vi: 'khoảng {n} tuổi', km: 'ប្រហែល {n} ឆ្នាំ', en: 'about {n} years', needsReview: true },
  'age.bornIn': { vi: 'sinh năm {year}', km: 'កើតឆ្នាំ {year}', en: 'born {year}', needsReview: true },

  // Sections and clauses
  'section.legalBasis': { vi: 'Căn cứ', km: 'យោងតាម', en: 'Legal basis', needsReview: true },
  'legal.agreement': {
    vi: 'Hiệp định giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Hoàng gia Campuchia về hợp tác song phương trong đấu tranh phòng, chống buôn bán phụ nữ, trẻ em và giúp đỡ nạn nhân bị buôn bán, ký ngày 10/10/2005, sửa đổi ngày 28/9/2012;',
    km: 'កិច្ចព្រមព្រៀងរវាងរាជរដ្ឋាភិបាលកម្ពុជា និងរដ្ឋាភិបាលសាធារណរដ្ឋសង្គមនិយមវៀតណាម ស្តីពីកិច្ចសហប្រតិបត្តិការទ្វេភាគីក្នុងការលុបបំបាត់ការជួញដូរស្ត្រី និងកុមារ និងជួយជនរងគ្រោះ ចុះហត្ថលេខានៅថ្ងៃទី១០ ខែតុលា ឆ្នាំ២០០៥ និងធ្វើវិសោធនកម្មនៅថ្ងៃទី២៨ ខែកញ្ញា ឆ្នាំ២០១២;',
    en: 'Agreement between Viet Nam and Cambodia on bilateral cooperation against trafficking in women and children and assisting victims (10 Oct 2005, amended 28 Sep 2012);',
    needsReview: true,
  },
  'legal.sop': {
    vi: 'Quy trình thực hiện chuẩn (SOP) về xác định và hồi hương nạn nhân bị mua bán giữa Việt Nam và Campuchia (2009);',
    km: 'នីតិវិធីប្រតិបត្តិស្តង់ដារ ស្តីពីការកំណត់អត្តសញ្ញាណ និងមាតុភូមិនិវត្តន៍ជនរងគ្រោះពីការជួញដូររវាងកម្ពុជា និងវៀតណាម (២០០៩);',
    en: 'Joint SOP on identification and repatriation of trafficked victims (2009);',
    needsReview: true,
  },
  'handover.opening': {
    vi: 'Hôm nay, hồi {time} ngày {date}, tại {gate}, chúng tôi gồm:',
    km: 'នៅថ្ងៃនេះ វេលាម៉ោង {time} {date} នៅ{gate} យើងខ្ញុំរួមមាន៖',
    en: 'Today, at {time} on {date}, at {gate}, we the undersigned:',
    needsReview: true,
  },
  'handover.statement.receive': {
    vi: 'Phía Campuchia đã bàn giao và phía Việt Nam đã tiếp nhận {count} người (trong đó có {children} trẻ em), danh sách như sau:',
    km: 'ភាគីកម្ពុជាបានប្រគល់ ហើយភាគីវៀតណាមបានទទួលមនុស្សចំនួន {count} នាក់ (ក្នុងនោះមានកុមារ {children} នាក់) ដូចមានរាយនាមខាងក្រោម៖',
    en: 'The Cambodian side handed over and the Vietnamese side received {count} persons ({children} children), listed below:',
    needsReview: true,
  },
  'handover.statement.handover': {
    vi: 'Phía Việt Nam đã bàn giao và phía Campuchia đã tiếp nhận {count} người (trong đó có {children} trẻ em), danh sách như sau:',
    km: 'ភាគីវៀតណាមបានប្រគល់ ហើយភាគីកម្ពុជាបានទទួលមនុស្សចំនួន {count} នាក់ (ក្នុងនោះមានកុមារ {children} នាក់) ដូចមានរាយនាមខាងក្រោម៖',
    en: 'The Vietnamese side handed over and the Cambodian side received {count} persons ({children} children), listed below:',
    needsReview: true,
  },
  'section.persons': { vi: 'Danh sách người được giao, nhận', km: 'បញ្ជីរាយនាមអ្នកដែលត្រូវប្រគល់ និងទទួល', en: 'Persons handed over', needsReview: true },
  'section.documents': { vi: 'Giấy tờ, hồ sơ bàn giao kèm theo', km: 'ឯកសារ និងលិខិតប្រគល់ភ្ជាប់ជាមួយ', en: 'Documents handed over', needsReview: true },
  'section.belongings': { vi: 'Tư trang, đồ dùng cá nhân', km: 'សម្ភារៈ និងរបស់របរផ្ទាល់ខ្លួន', en: 'Personal belongings', needsReview: true },
  'section.health': { vi: 'Tình trạng sức khỏe khi bàn giao', km: 'ស្ថានភាពសុខភាពនៅពេលប្រគល់', en: 'Health status at handover', needsReview: true },
  'section.identityCheck': { vi: 'Kiểm tra nhân thân', km: 'ការផ្ទៀងផ្ទាត់អត្តសញ្ញាណ', en: 'Identity check', needsReview: true },
  'handover.identityCheck': {
    vi: 'Hai bên đã cùng kiểm tra, đối chiếu nhân thân của từng người với danh sách và điểm danh đủ {count} người.',
    km: 'ភាគីទាំងពីរបានរួមគ្នាពិនិត្យ និងផ្ទៀងផ្ទាត់អត្តសញ្ញាណរបស់មនុស្សម្នាក់ៗជាមួយបញ្ជីរាយនាម និងបានហៅឈ្មោះគ្រប់ចំនួន {count} នាក់។',
    en: 'Both sides checked each person against the list and called the roll: {count} persons present.',
    needsReview: true,
  },
  'item.quantity': { vi: 'Số lượng', km: 'ចំនួន', en: 'Quantity', needsReview: true },
  'item.owner': { vi: 'Của', km: 'របស់', en: 'Belongs to', needsReview: true },
  'item.none': { vi: 'Không có', km: 'គ្មាន', en: 'None', needsReview: true },
  'clause.copies': {
    vi: 'Biên bản được lập thành {copies} bản bằng tiếng Việt và tiếng Khmer, có giá trị như nhau, mỗi bên giữ {each} bản.',
    km: 'កំណត់ហេតុនេះធ្វើឡើងជា {copies} ច្បាប់ ជាភាសាវៀតណាម និងភាសាខ្មែរ មានតម្លៃស្មើគ្នា ភាគីនីមួយៗរក្សាទុក {each} ច្បាប់។',
    en: 'Made in {copies} copies in Vietnamese and Khmer, equally valid; each side keeps {each}.',
    needsReview: true,
  },
  'clause.copies.vi': {
    vi: 'Biên bản được lập thành {copies} bản có giá trị như nhau, mỗi bên giữ {each} bản.',
    km: 'កំណត់ហេតុនេះធ្វើឡើងជា {copies} ច្បាប់ មានតម្លៃស្មើគ្នា ភាគីនីមួយៗរក្សាទុក {each} ច្បាប់។',
    en: 'Made in {copies} equally valid copies; each party keeps {each}.',
    needsReview: true,
  },
  'clause.closing': {
    vi: 'Biên bản kết thúc vào hồi {time} cùng ngày, đã đọc lại cho các bên cùng nghe và thống nhất ký tên.',
    km: 'កំណត់ហេតុនេះបញ្ចប់នៅវេលាម៉ោង {time} ថ្ងៃដដែល បានអានឱ្យភាគីទាំងអស់ស្តាប់ និងឯកភាពចុះហត្ថលេខា។',
    en: 'The minutes closed at {time} the same day, were read to all parties and signed.',
    needsReview: true,
  },
  'clause.closing.laterDay': {
    vi: 'Biên bản kết thúc vào hồi {time} ngày {date}, đã đọc lại cho các bên cùng nghe và thống nhất ký tên.',
    km: 'កំណត់ហេតុនេះបញ្ចប់នៅវេលាម៉ោង {time} {date} បានអានឱ្យភាគីទាំងអស់ស្តាប់ និងឯកភាពចុះហត្ថលេខា។',
    en: 'The minutes closed at {time} on {date}, were read to all parties and signed.',
    needsReview: true,
  },
  'time.hm': { vi: '{h} giờ {m} phút', km: '{h} ម៉ោង {m} នាទី', en: '{h}:{m}', needsReview: true },
  gate: { vi: 'Cửa khẩu', km: 'ច្រកទ្វារព្រំដែន', en: 'Border gate', needsReview: false },

  // Signatures
  'signature.VN': { vi: 'ĐẠI DIỆN PHÍA VIỆT NAM', km: 'តំណាងភាគីវៀតណាម', en: 'For the Vietnamese side', needsReview: true },
  'signature.KH': { vi: 'ĐẠI DIỆN PHÍA CAMPUCHIA', km: 'តំណាងភាគីកម្ពុជា', en: 'For the Cambodian side', needsReview: true },
  'signature.hint': { vi: '(Ký, ghi rõ họ tên)', km: '(ហត្ថលេខា និងឈ្មោះ)', en: '(Signature and full name)', needsReview: true },
  'signature.interpreter': { vi: 'PHIÊN DỊCH', km: 'អ្នកបកប្រែ', en: 'Interpreter', needsReview: true },
  'signature.giver': { vi: 'ĐẠI DIỆN BÊN GIAO', km: 'តំណាងភាគីប្រគល់', en: 'For the handing-over party', needsReview: true },
  'signature.receiver': { vi: 'ĐẠI DIỆN BÊN NHẬN', km: 'តំណាងភាគីទទួល', en: 'For the receiving party', needsReview: true },

  // Meetings
  'meeting.type': { vi: 'Hình thức', km: 'ប្រភេទកិច្ចប្រជុំ', en: 'Type', needsReview: true },
  'meeting.type.regular': { vi: 'Hội đàm định kỳ', km: 'កិច្ចប្រជុំប្រចាំ', en: 'Regular liaison meeting', needsReview: true },
  'meeting.type.urgent': { vi: 'Hội đàm đột xuất', km: 'កិច្ចប្រជុំបន្ទាន់', en: 'Urgent meeting', needsReview: true },
  'meeting.type.quarterlyReview': { vi: 'Hội đàm sơ kết quý', km: 'កិច្ចប្រជុំបូកសរុបប្រចាំត្រីមាស', en: 'Quarterly review', needsReview: true },
  'meeting.type.halfYearReview': { vi: 'Hội đàm sơ kết 6 tháng', km: 'កិច្ចប្រជុំបូកសរុបប្រចាំឆមាស', en: 'Six-monthly review', needsReview: true },
  'meeting.type.annualReview': { vi: 'Hội đàm tổng kết năm', km: 'កិច្ចប្រជុំបូកសរុបប្រចាំឆ្នាំ', en: 'Annual review', needsReview: true },
  'meeting.type.jointWorkingGroup': { vi: 'Họp nhóm công tác chung', km: 'កិច្ចប្រជុំក្រុមការងាររួម', en: 'Joint working group', needsReview: true },
  'meeting.type.other': { vi: 'Hội đàm khác', km: 'កិច្ចប្រជុំផ្សេងៗ', en: 'Other meeting', needsReview: true },
  'meeting.counterpart': { vi: 'Đơn vị đối tác', km: 'អង្គភាពដៃគូ', en: 'Counterpart office', needsReview: true },
  'meeting.level': { vi: 'Cấp hội đàm', km: 'កម្រិតកិច្ចប្រជុំ', en: 'Level', needsReview: true },
  'meeting.level.bloBlo': { vi: 'Văn phòng liên lạc biên giới', km: 'ការិយាល័យទំនាក់ទំនងព្រំដែន', en: 'BLO to BLO', needsReview: true },
  'meeting.level.provincial': { vi: 'Cấp tỉnh', km: 'ថ្នាក់ខេត្ត', en: 'Provincial', needsReview: true },
  'meeting.level.central': { vi: 'Cấp trung ương', km: 'ថ្នាក់កណ្តាល', en: 'Central', needsReview: true },
  'meeting.opening': {
    vi: 'Hôm nay, hồi {time} ngày {date}, tại {place}, {host} chủ trì, hai bên tiến hành hội đàm.',
    km: 'នៅថ្ងៃនេះ វេលាម៉ោង {time} {date} នៅ{place} ដោយមាន{host}ជាម្ចាស់ផ្ទះ ភាគីទាំងពីរបានបើកកិច្ចប្រជុំ។',
    en: 'Today, at {time} on {date}, at {place}, hosted by the {host}, the two sides met.',
    needsReview: true,
  },
  'section.agenda': { vi: 'Nội dung hội đàm', km: 'របៀបវារៈ', en: 'Agenda', needsReview: true },
  'section.exchange': { vi: 'Thông tin hai bên trao đổi', km: 'ព័ត៌មានដែលភាគីទាំងពីរបានផ្លាស់ប្តូរ', en: 'Information exchanged', needsReview: true },
  'section.actions': { vi: 'Những nội dung hai bên thống nhất', km: 'ខ្លឹមសារដែលភាគីទាំងពីរបានឯកភាព', en: 'Agreed actions', needsReview: true },
  'topic.trafficking': { vi: 'Mua bán người', km: 'ការជួញដូរមនុស្ស', en: 'Trafficking in persons', needsReview: false },
  'topic.illegalCrossing': { vi: 'Xuất cảnh, nhập cảnh trái phép', km: 'ការឆ្លងដែនខុសច្បាប់', en: 'Illegal border crossings', needsReview: true },
  'topic.drugs': { vi: 'Ma túy', km: 'គ្រឿងញៀន', en: 'Drugs', needsReview: true },
  'topic.smuggling': { vi: 'Buôn lậu', km: 'ការរត់ពន្ធ', en: 'Smuggling', needsReview: true },
  'topic.wantedPersons': { vi: 'Đối tượng truy nã', km: 'ជនជាប់ដីកាចាប់ខ្លួន', en: 'Wanted persons', needsReview: true },
  'topic.borderSecurity': { vi: 'An ninh biên giới', km: 'សន្តិសុខព្រំដែន', en: 'Border security', needsReview: true },
  'topic.other': { vi: 'Nội dung khác', km: 'ផ្សេងៗ', en: 'Other', needsReview: true },
  'action.content': { vi: 'Nội dung', km: 'ខ្លឹមសារ', en: 'Action', needsReview: true },
  'action.side': { vi: 'Bên thực hiện', km: 'ភាគីអនុវត្ត', en: 'Side', needsReview: true },
  'action.who': { vi: 'Người phụ trách', km: 'អ្នកទទួលខុសត្រូវ', en: 'Responsible', needsReview: true },
  'action.due': { vi: 'Thời hạn', km: 'កាលកំណត់', en: 'By when', needsReview: true },

  // Returned crossers
  'crossing.statement': {
    vi: 'Phía Việt Nam bàn giao cho phía Campuchia {count} người (trong đó có {children} trẻ em) đã xuất cảnh, nhập cảnh trái phép bị lực lượng chức năng phía Việt Nam phát hiện, danh sách như sau:',
    km: 'ភាគីវៀតណាមប្រគល់ជូនភាគីកម្ពុជានូវមនុស្សចំនួន {count} នាក់ (ក្នុងនោះមានកុមារ {children} នាក់) ដែលបានឆ្លងដែនខុសច្បាប់ ហើយត្រូវបានកងកម្លាំងមានសមត្ថកិច្ចភាគីវៀតណាមរកឃើញ ដូចមានរាយនាមខាងក្រោម៖',
    en: 'The Vietnamese side hands over to the Cambodian side {count} persons ({children} children) found after crossing the border illegally, listed below:',
    needsReview: true,
  },
  'crossing.statement.toVN': {
    vi: 'Phía Campuchia bàn giao cho phía Việt Nam {count} người (trong đó có {children} trẻ em) đã xuất cảnh, nhập cảnh trái phép bị lực lượng chức năng phía Campuchia phát hiện, danh sách như sau:',
    km: 'ភាគីកម្ពុជាប្រគល់ជូនភាគីវៀតណាមនូវមនុស្សចំនួន {count} នាក់ (ក្នុងនោះមានកុមារ {children} នាក់) ដែលបានឆ្លងដែនខុសច្បាប់ ហើយត្រូវបានកងកម្លាំងមានសមត្ថកិច្ចភាគីកម្ពុជារកឃើញ ដូចមានរាយនាមខាងក្រោម៖',
    en: 'The Cambodian side hands over to the Vietnamese side {count} persons ({children} children) found after crossing the border illegally, listed below:',
    needsReview: true,
  },
  'section.circumstances': { vi: 'Hoàn cảnh phát hiện', km: 'កាលៈទេសៈនៃការរកឃើញ', en: 'Circumstances of interception', needsReview: true },
  'crossing.unit': { vi: 'Đơn vị phát hiện', km: 'អង្គភាពដែលរកឃើញ', en: 'Intercepting unit', needsReview: true },
  'crossing.marker': { vi: 'Khu vực mốc giới số', km: 'តំបន់បង្គោលព្រំដែនលេខ', en: 'Near border marker no.', needsReview: true },
  'crossing.direction': { vi: 'Hướng đi', km: 'ទិសដៅ', en: 'Direction', needsReview: true },
  'crossing.direction.leavingVN': { vi: 'Xuất cảnh khỏi Việt Nam', km: 'ចេញពីប្រទេសវៀតណាម', en: 'Leaving Vietnam', needsReview: true },
  'crossing.direction.enteringVN': { vi: 'Nhập cảnh vào Việt Nam', km: 'ចូលប្រទេសវៀតណាម', en: 'Entering Vietnam', needsReview: true },
  'crossing.method': { vi: 'Phương thức', km: 'មធ្យោបាយ', en: 'How the crossing was made', needsReview: true },
  'crossing.method.onFoot': { vi: 'Đi bộ', km: 'ថ្មើរជើង', en: 'On foot', needsReview: true },
  'crossing.method.motorbike': { vi: 'Xe máy', km: 'ម៉ូតូ', en: 'Motorbike', needsReview: true },
  'crossing.method.boat': { vi: 'Đường thủy', km: 'ទូក', en: 'Boat', needsReview: true },
  'crossing.method.vehicle': { vi: 'Ô tô', km: 'រថយន្ត', en: 'Vehicle', needsReview: true },
  'crossing.method.hiddenInCargo': { vi: 'Ẩn trong hàng hóa', km: 'លាក់ក្នុងទំនិញ', en: 'Hidden in cargo', needsReview: true },
  'crossing.method.other': { vi: 'Cách khác', km: 'ផ្សេងៗ', en: 'Other', needsReview: true },
  'crossing.coordinates': { vi: 'Tọa độ', km: 'កូអរដោនេ', en: 'Coordinates', needsReview: true },
  'crossing.screening': {
    vi: 'Kết quả sàng lọc dấu hiệu mua bán người: không phát hiện dấu hiệu nạn nhân bị mua bán.',
    km: 'លទ្ធផលនៃការពិនិត្យសញ្ញាការជួញដូរមនុស្ស៖ មិនបានរកឃើញសញ្ញាជនរងគ្រោះពីការជួញដូរមនុស្សទេ។',
    en: 'Trafficking-indicator screening: no indication of trafficking found.',
    needsReview: true,
  },

  // Internal handover (Vietnamese only)
  'internal.opening': {
    vi: 'Hôm nay, hồi {time} ngày {date}, tại {place}, chúng tôi gồm:',
    km: 'នៅថ្ងៃនេះ វេលាម៉ោង {time} {date} នៅ{place} យើងខ្ញុំរួមមាន៖',
    en: 'Today, at {time} on {date}, at {place}, we the undersigned:',
    needsReview: true,
  },
  'internal.giver': { vi: 'Bên giao', km: 'ភាគីប្រគល់', en: 'Handing-over party', needsReview: true },
  'internal.receiver': { vi: 'Bên nhận', km: 'ភាគីទទួល', en: 'Receiving party', needsReview: true },
  'internal.statement': {
    vi: '{giver} bàn giao cho {receiver} {count} nạn nhân (trong đó có {children} trẻ em) do phía Campuchia trao trả theo Biên bản giao, nhận số {reference}, danh sách như sau:',
    km: '{giver} ប្រគល់ជូន {receiver} នូវជនរងគ្រោះចំនួន {count} នាក់ (ក្នុងនោះមានកុមារ {children} នាក់) ដែលភាគីកម្ពុជាបានប្រគល់ តាមកំណត់ហេតុលេខ {reference} ដូចមានរាយនាមខាងក្រោម៖',
    en: '{giver} hands over to {receiver} {count} victims ({children} children) returned by the Cambodian side under minutes no. {reference}, listed below:',
    needsReview: true,
  },

  // Internal report of a meeting to superiors (Vietnamese only; the Khmer column is for the Labels tab)
  'title.meetingReport': { vi: 'BÁO CÁO', km: 'របាយការណ៍', en: 'Report', needsReview: true },
  'title.meetingReport.subject': {
    vi: 'Kết quả hội đàm với {counterpart} ngày {date}',
    km: 'លទ្ធផលកិច្ចប្រជុំជាមួយ{counterpart} {date}',
    en: 'Results of the meeting with {counterpart} on {date}',
    needsReview: true,
  },
  'doc.confidential': { vi: 'MẬT', km: 'សម្ងាត់', en: 'CONFIDENTIAL', needsReview: true },
  'report.opening': {
    vi: 'Ngày {date}, {office} tiến hành hội đàm với {counterpart}. {office} báo cáo kết quả như sau:',
    km: 'នៅ{date} {office} បានបើកកិច្ចប្រជុំជាមួយ{counterpart}។ {office} សូមរាយការណ៍លទ្ធផលដូចខាងក្រោម៖',
    en: 'On {date}, {office} met {counterpart}. {office} reports the results as follows:',
    needsReview: true,
  },
  'report.section.general': { vi: 'THÀNH PHẦN, THỜI GIAN, ĐỊA ĐIỂM', km: 'សមាសភាព ពេលវេលា ទីកន្លែង', en: 'Participants, time and place', needsReview: true },
  'report.section.exchange': { vi: 'NỘI DUNG TRAO ĐỔI', km: 'ខ្លឹមសារដែលបានផ្លាស់ប្តូរ', en: 'Information exchanged', needsReview: true },
  'report.section.results': { vi: 'KẾT QUẢ, NHỮNG NỘI DUNG ĐÃ THỐNG NHẤT', km: 'លទ្ធផល និងខ្លឹមសារដែលបានឯកភាព', en: 'Results and agreed actions', needsReview: true },
  'report.section.proposals': { vi: 'ĐỀ XUẤT, KIẾN NGHỊ', km: 'សំណើ និងអនុសាសន៍', en: 'Proposals and requests for direction', needsReview: true },
  'report.time': { vi: 'Thời gian', km: 'ពេលវេលា', en: 'Time', needsReview: true },
  'report.time.value': { vi: 'từ {start} đến {end} ngày {date}', km: 'ពី {start} ដល់ {end} {date}', en: 'from {start} to {end} on {date}', needsReview: true },
  'report.time.from': { vi: 'từ {start} ngày {date}', km: 'ចាប់ពី {start} {date}', en: 'from {start} on {date}', needsReview: true },
  'report.time.laterDay': {
    vi: 'từ {start} ngày {date} đến {end} ngày {endDate}',
    km: 'ពី {start} {date} ដល់ {end} {endDate}',
    en: 'from {start} on {date} to {end} on {endDate}',
    needsReview: true,
  },
  'report.place': { vi: 'Địa điểm', km: 'ទីកន្លែង', en: 'Place', needsReview: true },
  'report.host': { vi: '{host} chủ trì', km: '{host}ជាម្ចាស់ផ្ទះ', en: 'hosted by the {host}', needsReview: true },
  'report.delegations': { vi: 'Thành phần', km: 'សមាសភាព', en: 'Delegations', needsReview: true },
  'report.delegation': {
    vi: '{side}: {count} người, do {head} làm trưởng đoàn',
    km: '{side}៖ {count} នាក់ ដឹកនាំដោយ {head}',
    en: '{side}: {count} persons, led by {head}',
    needsReview: true,
  },
  'report.delegation.noHead': { vi: '{side}: {count} người', km: '{side}៖ {count} នាក់', en: '{side}: {count} persons', needsReview: true },
  'report.agenda': { vi: 'Nội dung hội đàm', km: 'របៀបវារៈ', en: 'Agenda', needsReview: true },
  'report.minutes': {
    vi: 'Kết thúc hội đàm, hai bên ký Biên bản hội đàm số {number}.',
    km: 'នៅចុងបញ្ចប់ ភាគីទាំងពីរបានចុះហត្ថលេខាលើកំណត់ហេតុកិច្ចប្រជុំលេខ {number}។',
    en: 'At the close, both sides signed the minutes no. {number}.',
    needsReview: true,
  },
  'report.noItems': { vi: 'Không có.', km: 'គ្មាន។', en: 'None.', needsReview: true },
  'report.actionsSummary': {
    vi: 'Hai bên thống nhất {count} nội dung; đến ngày báo cáo: đã hoàn thành {done}, đang thực hiện {inProgress}, chưa thực hiện {open}, không thực hiện {dropped}.',
    km: 'ភាគីទាំងពីរបានឯកភាព {count} ចំណុច។ គិតត្រឹមថ្ងៃរាយការណ៍៖ បានបញ្ចប់ {done} កំពុងអនុវត្ត {inProgress} មិនទាន់អនុវត្ត {open} មិនអនុវត្ត {dropped}។',
    en: 'The two sides agreed {count} actions; as of the report: {done} done, {inProgress} in progress, {open} open, {dropped} dropped.',
    needsReview: true,
  },
  'action.status': { vi: 'Tình trạng', km: 'ស្ថានភាព', en: 'Status', needsReview: true },
  'action.status.open': { vi: 'Chưa thực hiện', km: 'មិនទាន់អនុវត្ត', en: 'Open', needsReview: true },
  'action.status.inProgress': { vi: 'Đang thực hiện', km: 'កំពុងអនុវត្ត', en: 'In progress', needsReview: true },
  'action.status.done': { vi: 'Đã hoàn thành', km: 'បានបញ្ចប់', en: 'Done', needsReview: true },
  'action.status.dropped': { vi: 'Không thực hiện', km: 'មិនអនុវត្ត', en: 'Dropped', needsReview: true },
  'doc.recipients': { vi: 'Nơi nhận', km: 'កន្លែងទទួល', en: 'Recipients', needsReview: true },

  // Liaison notice to the counterpart office (bilingual)
  'title.notice': { vi: 'THÔNG BÁO', km: 'លិខិតជូនដំណឹង', en: 'Notice', needsReview: true },
  'notice.subjectPrefix': { vi: 'V/v', km: 'កម្មវត្ថុ៖', en: 'Re:', needsReview: true },
  'notice.subject.handoverArrangement': {
    vi: 'thống nhất thời gian, cửa khẩu và phương tiện bàn giao, tiếp nhận',
    km: 'ការឯកភាពលើពេលវេលា ច្រកទ្វារព្រំដែន និងមធ្យោបាយប្រគល់ និងទទួល',
    en: 'agreeing the handover date, gate and transport',
    needsReview: true,
  },
  'notice.subject.verificationResult': {
    vi: 'thông báo kết quả xác minh nhân thân, quốc tịch',
    km: 'ការជូនដំណឹងអំពីលទ្ធផលនៃការផ្ទៀងផ្ទាត់អត្តសញ្ញាណ និងសញ្ជាតិ',
    en: 'results of identity and nationality verification',
    needsReview: true,
  },
  'notice.subject.informationRequest': { vi: 'đề nghị cung cấp thông tin', km: 'ការស្នើសុំព័ត៌មាន', en: 'request for information', needsReview: true },
  'notice.subject.actionConfirmation': {
    vi: 'xác nhận nội dung hai bên đã thống nhất',
    km: 'ការបញ្ជាក់អំពីខ្លឹមសារដែលភាគីទាំងពីរបានឯកភាព',
    en: 'confirming an agreed action',
    needsReview: true,
  },
  'notice.to': { vi: 'Kính gửi', km: 'សូមគោរពជូន', en: 'To', needsReview: true },
  'notice.reference': { vi: 'Tham chiếu', km: 'យោង', en: 'Reference', needsReview: true },
  'notice.opening.handoverArrangement': {
    vi: '{office} trân trọng thông báo và đề nghị Quý Văn phòng thống nhất việc bàn giao, tiếp nhận như sau:',
    km: '{office} សូមជម្រាបជូន និងស្នើសុំការិយាល័យឯកភាពលើការប្រគល់ និងទទួល ដូចខាងក្រោម៖',
    en: '{office} informs you of and asks you to agree the following handover:',
    needsReview: true,
  },
  'notice.opening.verificationResult': {
    vi: '{office} trân trọng thông báo kết quả xác minh nhân thân, quốc tịch như sau:',
    km: '{office} សូមជម្រាបជូនអំពីលទ្ធផលនៃការផ្ទៀងផ្ទាត់អត្តសញ្ញាណ និងសញ្ជាតិ ដូចខាងក្រោម៖',
    en: '{office} reports the results of the identity and nationality verification:',
    needsReview: true,
  },
  'notice.opening.informationRequest': {
    vi: '{office} trân trọng đề nghị Quý Văn phòng phối hợp cung cấp thông tin như sau:',
    km: '{office} សូមស្នើសុំការិយាល័យសហការផ្តល់ព័ត៌មាន ដូចខាងក្រោម៖',
    en: '{office} asks you to provide the following information:',
    needsReview: true,
  },
  'notice.opening.actionConfirmation': {
    vi: '{office} trân trọng xác nhận nội dung hai bên đã thống nhất như sau:',
    km: '{office} សូមបញ្ជាក់អំពីខ្លឹមសារដែលភាគីទាំងពីរបានឯកភាព ដូចខាងក្រោម៖',
    en: '{office} confirms the following agreed action:',
    needsReview: true,
  },
  'notice.handoverTime': { vi: 'Thời gian bàn giao', km: 'ពេលវេលាប្រគល់', en: 'Handover time', needsReview: true },
  'notice.handoverTime.value': { vi: '{time} ngày {date}', km: 'វេលា {time} {date}', en: '{time} on {date}', needsReview: true },
  'notice.handoverTime.date': { vi: 'ngày {date}', km: 'នៅ{date}', en: 'on {date}', needsReview: true },
  'notice.transport': { vi: 'Phương tiện', km: 'មធ្យោបាយដឹកជញ្ជូន', en: 'Transport', needsReview: true },
  'notice.persons': { vi: 'Số người', km: 'ចំនួនមនុស្ស', en: 'Persons', needsReview: true },
  'notice.persons.count': { vi: '{count} người', km: '{count} នាក់', en: '{count} persons', needsReview: true },
  'notice.persons.value': {
    vi: '{count} người (trong đó có {children} trẻ em)',
    km: '{count} នាក់ (ក្នុងនោះមានកុមារ {children} នាក់)',
    en: '{count} persons ({children} children)',
    needsReview: true,
  },
  'notice.verification': { vi: 'Kết quả xác minh', km: 'លទ្ធផលនៃការផ្ទៀងផ្ទាត់', en: 'Verification result', needsReview: true },
  'notice.action': { vi: 'Nội dung đã thống nhất', km: 'ខ្លឹមសារដែលបានឯកភាព', en: 'Agreed action', needsReview: true },
  'notice.agreedIn': { vi: 'Theo', km: 'យោងតាម', en: 'As agreed in', needsReview: true },
  'notice.closing': {
    vi: 'Rất mong nhận được sự phối hợp của Quý Văn phòng. Trân trọng!',
    km: 'សង្ឃឹមថានឹងទទួលបានកិច្ចសហការពីការិយាល័យ។ សូមអរគុណ!',
    en: 'We look forward to your cooperation.',
    needsReview: true,
  },
  'notice.counterpart.default': {
    vi: 'Văn phòng liên lạc biên giới phía Campuchia',
    km: 'ការិយាល័យទំនាក់ទំនងព្រំដែនភាគីកម្ពុជា',
    en: 'The Cambodian border liaison office',
    needsReview: true,
  },
} as const satisfies Record<string, SeedLabel>;

export type LabelKey = keyof typeof DEFAULT_LABELS;

/** What templates need of a label: administrators may edit texts, so only the shape is fixed. */
export interface LabelText {
  vi: string;
  km: string;
  en?: string;
}
export type Labels = Readonly<Record<LabelKey, LabelText>>;

/** Replaces `{name}` with values; unknown placeholders stay visible so a wrong edit is noticed on paper. */
export function fillLabel(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
