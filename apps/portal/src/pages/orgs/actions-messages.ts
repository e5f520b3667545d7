/** The `orgActions` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Quyết định về tổ chức đảng',
};

export const en: typeof vi = {
  title: 'Organization decisions',
};
