/** The `training` texts of the portal, Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Đào tạo, bồi dưỡng lý luận chính trị',
};

export const en: typeof vi = {
  title: 'Political training',
};
