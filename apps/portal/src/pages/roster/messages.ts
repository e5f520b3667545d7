/** The `roster` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Nhập danh sách đảng viên',
};

export const en: typeof vi = {
  title: 'Roster import',
};
