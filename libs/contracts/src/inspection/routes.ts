import type { Route } from '../routes/define-route';
import { DISCIPLINE_ROUTES } from './discipline.routes';
import { PROGRAM_ROUTES } from './programs.routes';

/** Every route the inspection service answers, a file per capability. */
export const INSPECTION_ROUTES: readonly Route[] = Object.values({ ...PROGRAM_ROUTES, ...DISCIPLINE_ROUTES });
