import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const R = 'inspection:read';
const W = 'inspection:write';

/**
 * Kiểm tra, giám sát: programs and their targets, overdue phases, dossier surveys. The pages are
 * `inspection:read` (the Inspection and Standing Committees); every command is its own address
 * under its page, guarded by `inspection:write`, so a reader opening the link is told they may not.
 */
export const routes: RouteObject[] = [
  lazyPage('inspection/programs', R, () => import('./programs-page').then((m) => m.ProgramsPage), [
    lazyPage('new', W, () => import('./program-drawer').then((m) => m.ProgramDrawer)),
  ]),
  lazyPage('inspection/programs/:id', R, () => import('./program-page').then((m) => m.ProgramPage), [
    lazyPage('targets/new', W, () => import('./target-drawer').then((m) => m.TargetDrawer)),
  ]),
  lazyPage('inspection/targets/:id', R, () => import('./target-page').then((m) => m.TargetPage), [
    lazyPage('phases/:phase', W, () => import('./target-drawers').then((m) => m.PhaseDrawer)),
    lazyPage('findings/new', W, () => import('./target-drawers').then((m) => m.FindingDrawer)),
    lazyPage('conclude', W, () => import('./target-drawers').then((m) => m.ConcludeDrawer)),
    lazyPage('recommendations/:recId/follow-up', W, () => import('./target-drawers').then((m) => m.FollowUpDrawer)),
  ]),
  lazyPage('inspection/phases/overdue', R, () => import('./overdue-page').then((m) => m.OverduePage)),
  lazyPage('inspection/surveys', R, () => import('./surveys-page').then((m) => m.SurveysPage), [
    lazyPage('new', W, () => import('./survey-drawers').then((m) => m.SurveyDrawer)),
    lazyPage('instruction', W, () => import('./survey-drawers').then((m) => m.InstructionDrawer)),
  ]),
];
