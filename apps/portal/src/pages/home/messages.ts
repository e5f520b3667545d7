/** The `home` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Trang chủ',
};

export const en: typeof vi = {
  title: 'Home',
};
