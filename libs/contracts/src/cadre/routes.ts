import type { Route } from '../routes/define-route';
import { COMMITTEE_ROUTES } from './committees.routes';
import { PLANNING_ROUTES } from './planning.routes';
import { VETTING_ROUTES } from './vetting.routes';

/** Every route the cadre service answers, a file per capability. */
export const CADRE_ROUTES: readonly Route[] = Object.values({ ...COMMITTEE_ROUTES, ...PLANNING_ROUTES, ...VETTING_ROUTES });
