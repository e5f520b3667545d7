/** The `probation` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Xét công nhận đảng viên chính thức',
};

export const en: typeof vi = {
  title: 'Probation reviews',
};
