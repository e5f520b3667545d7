import { CADRE_ROUTES } from '../cadre/routes';
import { INSPECTION_ROUTES } from '../inspection/routes';
import { MEMBERSHIP_ROUTES } from '../membership/routes';
import { REPORTING_ROUTES } from '../reporting/routes';
import { TRAINING_ROUTES } from '../training/routes';
import { ALL_AUDIT_ROUTES } from '../services/audit';
import type { Route } from './define-route';

/** Every declared route of every service: what the gateway serves and the OpenAPI document lists. */
export const ALL_ROUTES: readonly Route[] = [...MEMBERSHIP_ROUTES, ...REPORTING_ROUTES, ...TRAINING_ROUTES, ...INSPECTION_ROUTES, ...CADRE_ROUTES, ...ALL_AUDIT_ROUTES];
