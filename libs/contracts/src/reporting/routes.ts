import type { Route } from '../routes/define-route';
import { REPORTS_ROUTES } from './reports.routes';

/** Every route reporting answers, a file per capability. */
export const REPORTING_ROUTES: readonly Route[] = [...Object.values(REPORTS_ROUTES)];
