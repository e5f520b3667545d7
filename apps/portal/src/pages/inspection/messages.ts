/** The `inspection` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Kiểm tra, giám sát',
};

export const en: typeof vi = {
  title: 'Inspection and supervision',
};
