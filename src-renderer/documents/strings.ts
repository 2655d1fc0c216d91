/** Strings of the document screens: verify page, label translations (spread into the catalogues as `docs`). */
export const documentsVi = {
  verifyTitle: 'Kiểm tra văn bản đã cấp',
  labelsTab: 'Nhãn văn bản (Việt – Khmer)',
  referenceTab: 'Danh mục',
};
export const documentsEn: typeof documentsVi = {
  verifyTitle: 'Verify an issued document',
  labelsTab: 'Document labels (Vietnamese – Khmer)',
  referenceTab: 'Reference data',
};
