/** The `candidates` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Phát triển đảng viên',
};

export const en: typeof vi = {
  title: 'Admissions pipeline',
};
