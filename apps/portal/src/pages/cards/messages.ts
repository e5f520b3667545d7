/** The `cards` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Thẻ đảng viên',
};

export const en: typeof vi = {
  title: 'Party cards',
};
