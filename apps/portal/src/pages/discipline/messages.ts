/** The `discipline` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Kỷ luật, khiếu nại, tố cáo',
};

export const en: typeof vi = {
  title: 'Discipline, complaints, denunciations',
};
