/** The `memberRecord` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Hồ sơ đảng viên',
};

export const en: typeof vi = {
  title: 'Member record',
};
