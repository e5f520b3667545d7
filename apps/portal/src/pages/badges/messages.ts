/** The `badges` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Huy hiệu Đảng',
};

export const en: typeof vi = {
  title: 'Party badges',
};
