import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const W = 'training:write';

/**
 * Đào tạo: the lists are `training:read`; every command is its own address under its list,
 * guarded by `training:write`, so a viewer opening the link gets the "no permission" page.
 */
export const routes: RouteObject[] = [
  lazyPage('training', 'training:read', () => import('./classes-page').then((m) => m.ClassesPage), [
    lazyPage('new', W, () => import('./open-class-drawer').then((m) => m.OpenClassDrawer)),
    lazyPage('course-types/new', W, () => import('./course-type-drawer').then((m) => m.CourseTypeDrawer)),
    lazyPage('secretary-sessions/new', W, () => import('./secretary-session-drawer').then((m) => m.SecretarySessionDrawer)),
  ]),
  lazyPage('training/classes/:id', 'training:read', () => import('./class-page').then((m) => m.ClassPage), [
    lazyPage('edit', W, () => import('./edit-class-drawer').then((m) => m.EditClassDrawer)),
    lazyPage('enroll', W, () => import('./enroll-drawer').then((m) => m.EnrollDrawer)),
    lazyPage('enroll-file', W, () => import('./enroll-file-drawer').then((m) => m.EnrollFileDrawer)),
    lazyPage('results', W, () => import('./results-drawer').then((m) => m.ResultsDrawer)),
    lazyPage('students/:enrollmentId/attendance', W, () => import('./student-drawers').then((m) => m.AttendanceDrawer)),
    lazyPage('students/:enrollmentId/withdraw', W, () => import('./student-drawers').then((m) => m.WithdrawDrawer)),
    lazyPage('students/:enrollmentId/complete', W, () => import('./student-drawers').then((m) => m.CompleteDrawer)),
  ]),
  lazyPage('training/registrations', 'training:read', () => import('./registrations-page').then((m) => m.RegistrationsPage), [
    lazyPage('new', W, () => import('./person-command-drawers').then((m) => m.RegisterDrawer)),
  ]),
  lazyPage('training/sendings', 'training:read', () => import('./sendings-page').then((m) => m.SendingsPage), [
    lazyPage('new', W, () => import('./person-command-drawers').then((m) => m.SendDrawer)),
  ]),
];
