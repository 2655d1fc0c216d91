/** Vietnamese and English strings of the repatriation screens (spread into the main catalogues as `rep`). */
export const repatriationsVi = {
  title: 'Hồi hương nạn nhân bị mua bán',
};
export const repatriationsEn: typeof repatriationsVi = {
  title: 'Repatriation of trafficking victims',
};
