/** The `cadre` texts of the portal (committees, consolidation, planning, votes, vetting), Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Công tác cán bộ',
};

export const en: typeof vi = {
  title: 'Cadre work',
};
