import type { Route } from '../routes/define-route';
import { CLASS_ROUTES } from './classes.routes';
import { COURSE_TYPE_ROUTES } from './course-types.routes';
import { ENROLLMENT_ROUTES } from './enrollments.routes';
import { TRAINING_FILE_ROUTES } from './files.routes';
import { TRAINING_HISTORY_ROUTES } from './history.routes';
import { REGISTRATION_ROUTES } from './registrations.routes';
import { RESULT_ROUTES } from './results.routes';
import { SECRETARY_SESSION_ROUTES } from './secretary-sessions.routes';

const JSON_ROUTES = { ...COURSE_TYPE_ROUTES, ...CLASS_ROUTES, ...ENROLLMENT_ROUTES, ...RESULT_ROUTES, ...REGISTRATION_ROUTES, ...SECRETARY_SESSION_ROUTES, ...TRAINING_HISTORY_ROUTES };

/** Every JSON route training answers and the gateway serves as declared, a file per capability. */
export const TRAINING_ROUTES: readonly Route[] = Object.values(JSON_ROUTES);

/** What the training service answers: the JSON routes and those behind the gateway's file controller. */
export const TRAINING_SERVICE_ROUTES: readonly Route[] = [...TRAINING_ROUTES, ...Object.values(TRAINING_FILE_ROUTES)];
