/** Cấp ủy per organization and term, its posts and holders, kiện toàn decisions. */
export const COMMITTEE_ROUTES = {};
