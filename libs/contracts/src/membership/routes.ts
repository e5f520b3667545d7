import type { Route } from '../routes/define-route';
import { MEMBER_ROUTES } from './members.routes';
import { ORG_ROUTES } from './organizations.routes';
import { PROBATION_ROUTES } from './probation.routes';
import { TRANSFER_ROUTES } from './transfers.routes';
import { BADGE_ROUTES } from './badges.routes';
import { CARD_ROUTES } from './cards.routes';
import { LEAVING_ROUTES } from './leaving.routes';
import { CANDIDATE_ROUTES } from './candidates.routes';
import { ADMISSION_ROUTES } from './admissions.routes';
import { DOSSIER_ROUTES } from './dossier.routes';
import { ROSTER_FILE_ROUTES, ROSTER_ROUTES } from './roster.routes';
import { RATING_ROUTES } from './rating-routes';

/** Every JSON route membership answers, a file per capability (the gateway serves them all). */
export const MEMBERSHIP_ROUTES: readonly Route[] = [...Object.values(ORG_ROUTES), ...Object.values(PROBATION_ROUTES), ...Object.values(TRANSFER_ROUTES), ...Object.values(BADGE_ROUTES), ...Object.values(CARD_ROUTES), ...Object.values(LEAVING_ROUTES), ...Object.values(CANDIDATE_ROUTES), ...Object.values(ADMISSION_ROUTES), ...Object.values(DOSSIER_ROUTES), ...Object.values(ROSTER_ROUTES), ...Object.values(MEMBER_ROUTES), ...Object.values(RATING_ROUTES)];

/** What membership answers: its JSON routes and those behind the gateway's hand-written file routes. */
export const MEMBERSHIP_SERVICE_ROUTES: readonly Route[] = [...MEMBERSHIP_ROUTES, ...Object.values(ROSTER_FILE_ROUTES)];
