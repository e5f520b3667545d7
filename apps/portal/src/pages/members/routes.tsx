import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/**
 * The member list with its two ways of recording someone, and the member record with its
 * corrections; each command at its own address, behind the permission it needs.
 */
export const routes: RouteObject[] = [
  lazyPage('members', 'members:read', () => import('./members-page').then((m) => m.MembersPage), [
    lazyPage('new', 'members:write', () => import('./new-person-drawer').then((m) => m.NewPersonDrawer)),
    lazyPage('existing', 'members:write', () => import('./existing-member-drawer').then((m) => m.ExistingMemberDrawer)),
  ]),
  lazyPage('members/:id', 'members:read', () => import('./member-record-page').then((m) => m.MemberRecordPage), [
    lazyPage('correct', 'members:write', () => import('./correct-identity-drawer').then((m) => m.CorrectIdentityDrawer)),
    lazyPage('dossier/new', 'dossier:write', () => import('./dossier-entry-drawer').then((m) => m.DossierEntryDrawer)),
    lazyPage('dossier/:entryId/correct', 'dossier:write', () => import('./dossier-correct-drawer').then((m) => m.DossierCorrectDrawer)),
  ]),
];
