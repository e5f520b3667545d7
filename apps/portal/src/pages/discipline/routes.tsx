import type { RouteObject } from 'react-router-dom';

/** This workspace's pages (filled in by its issue's work). */
export const routes: RouteObject[] = [];
