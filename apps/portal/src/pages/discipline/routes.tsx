import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/**
 * The Inspection Committee's work on people: cases, disciplines and their complaints,
 * denunciations and complaints. Reading the cases and complaints needs inspection:read, the
 * disciplines in full discipline:read (both confidential); every command inspection:write (a
 * reader opening a command's address gets "no permission"). The outcomes, without the violation
 * or the deliberations, are for whoever reads members (the Organization Board).
 */
export const routes: RouteObject[] = [
  lazyPage('inspection/cases', 'inspection:read', () => import('./cases-page').then((m) => m.CasesPage), [
    lazyPage('new', 'inspection:write', () => import('./open-case-drawer').then((m) => m.OpenCaseDrawer)),
  ]),
  lazyPage('inspection/cases/:id', 'inspection:read', () => import('./case-page').then((m) => m.CasePage), [
    lazyPage('close', 'inspection:write', () => import('./close-case-drawer').then((m) => m.CloseCaseDrawer)),
  ]),
  lazyPage('inspection/disciplines', 'discipline:read', () => import('./disciplines-page').then((m) => m.DisciplinesPage), [
    lazyPage('new', 'inspection:write', () => import('./decide-drawer').then((m) => m.DecideDrawer)),
  ]),
  lazyPage('inspection/disciplines/:id', 'discipline:read', () => import('./discipline-page').then((m) => m.DisciplinePage), [
    lazyPage('complaints/new', 'inspection:write', () => import('./complain-drawer').then((m) => m.ComplainDrawer)),
    lazyPage('complaints/:complaintId/ruling', 'inspection:write', () => import('./ruling-drawer').then((m) => m.RulingDrawer)),
  ]),
  lazyPage('inspection/complaints', 'inspection:read', () => import('./complaints-page').then((m) => m.ComplaintsPage), [
    lazyPage('new', 'inspection:write', () => import('./file-complaint-drawer').then((m) => m.FileComplaintDrawer)),
    lazyPage(':id/resolve', 'inspection:write', () => import('./resolve-drawer').then((m) => m.ResolveDrawer)),
  ]),
  lazyPage('inspection/outcomes', 'members:read', () => import('./outcomes-page').then((m) => m.OutcomesPage)),
];
