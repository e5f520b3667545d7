import type { RouteObject } from 'react-router-dom';

/**
 * Công tác cán bộ: committees by organization and term, consolidation decisions, the planning
 * board per post, confidence votes, and vetting cases (`vetting:read` only). Pages are `cadre:read`
 * (the Organization Board and the Standing Committee); each command is its own address under its
 * page, guarded by `cadre:write` / `vetting:write`.
 */
export const routes: RouteObject[] = [];
