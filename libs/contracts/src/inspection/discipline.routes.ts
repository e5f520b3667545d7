/** Kỷ luật, khiếu nại, tố cáo, kiểm tra khi có dấu hiệu vi phạm (filled in by issue 12). */
export const DISCIPLINE_ROUTES = {};
