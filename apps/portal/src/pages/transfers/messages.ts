/** The `transfers` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Chuyển sinh hoạt đảng',
};

export const en: typeof vi = {
  title: 'Transfers',
};
