import type { RouteObject } from 'react-router-dom';

/**
 * Đánh giá, xếp loại chất lượng: rounds, self-ratings and proposals (`rating:write`), and the
 * Standing Committee's decisions (`rating:approve`) on each peer group's board with the quota in view.
 */
export const routes: RouteObject[] = [];
