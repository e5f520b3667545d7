/** The `leaving` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Xóa tên, ra khỏi Đảng, từ trần',
};

export const en: typeof vi = {
  title: 'Strike-off, leaving, deaths',
};
