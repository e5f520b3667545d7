import type { Route } from '../routes/define-route';
import { PROBATION_ROUTES } from './probation.routes';

/** Every route membership answers, a file per capability. */
export const MEMBERSHIP_ROUTES: readonly Route[] = [...Object.values(PROBATION_ROUTES)];
