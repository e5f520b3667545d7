import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const write = 'members:write' as const;

/**
 * The pipeline board (`/candidates`, nominate at `/candidates/new`) and a candidate's record
 * (`/candidates/:id`) with one command per step at its own address, each behind `members:write`
 * (the vetting behind `vetting:write`).
 */
export const routes: RouteObject[] = [
  lazyPage('candidates', 'members:read', () => import('./candidates-page').then((m) => m.CandidatesPage), [
    lazyPage('new', write, () => import('./nominate-drawer').then((m) => m.NominateDrawer)),
  ]),
  lazyPage('candidates/:id', 'members:read', () => import('./candidate-page').then((m) => m.CandidatePage), [
    lazyPage('sympathizer', write, () => import('./steps/sympathizer-drawer').then((m) => m.SympathizerDrawer)),
    // the vetting is the Board's (vetting:write), though the chi bộ does it in practice
    lazyPage('vetting', 'vetting:write', () => import('./steps/vetting-drawer').then((m) => m.VettingDrawer)),
    lazyPage('introducers', write, () => import('./steps/introducers-drawer').then((m) => m.IntroducersDrawer)),
    lazyPage('resolution', write, () => import('./steps/resolution-drawer').then((m) => m.ResolutionDrawer)),
    lazyPage('admit', write, () => import('./steps/admit-drawer').then((m) => m.AdmitDrawer)),
    lazyPage('ceremony', write, () => import('./steps/ceremony-drawer').then((m) => m.CeremonyDrawer)),
  ]),
];
