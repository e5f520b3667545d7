/** Quy hoạch cán bộ per post and term with its yearly review; lấy phiếu tín nhiệm. */
export const PLANNING_ROUTES = {};
