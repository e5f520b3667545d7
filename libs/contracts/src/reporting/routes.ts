import type { Route } from '../routes/define-route';
import { REPORTS_ROUTES } from './reports.routes';
import { REPORT_JOB_ROUTES } from './report-jobs.routes';

/** Every route reporting answers, a file per capability. */
export const REPORTING_ROUTES: readonly Route[] = [...Object.values(REPORTS_ROUTES), ...Object.values(REPORT_JOB_ROUTES)];
