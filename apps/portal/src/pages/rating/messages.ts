/** The `rating` texts of the portal (rating rounds, the Standing Committee's decisions), Vietnamese first; `en` must have the same keys (checked by tsc). */
export const vi = {
  title: 'Đánh giá, xếp loại chất lượng',
};

export const en: typeof vi = {
  title: 'Quality rating',
};
