/** Bảo vệ chính trị nội bộ: vetting cases, requests to the police, standing committee conclusions. */
export const VETTING_ROUTES = {};
