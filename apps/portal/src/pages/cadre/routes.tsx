import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const R = 'cadre:read';
const W = 'cadre:write';
const VR = 'vetting:read';
const VW = 'vetting:write';

/**
 * Công tác cán bộ: committees by organization and term, consolidation decisions, the planning
 * board per post, confidence votes, and vetting cases (`vetting:read` only). Pages are `cadre:read`
 * (the Organization Board and the Standing Committee); each command is its own address under its
 * page, guarded by `cadre:write` / `vetting:write`.
 */
export const routes: RouteObject[] = [
  lazyPage('cadre/committees', R, () => import('./committees-page').then((m) => m.CommitteesPage), [
    lazyPage('new', W, () => import('./elect-drawer').then((m) => m.ElectDrawer)),
  ]),
  lazyPage('cadre/committees/:id', R, () => import('./committee-page').then((m) => m.CommitteePage), [
    lazyPage('consolidate', W, () => import('./consolidate-drawer').then((m) => m.ConsolidateDrawer)),
    lazyPage('depart', W, () => import('./depart-drawer').then((m) => m.DepartDrawer)),
  ]),
  lazyPage('cadre/consolidations', R, () => import('./consolidations-page').then((m) => m.ConsolidationsPage), [
    lazyPage('new', W, () => import('./choose-committee-drawer').then((m) => m.ChooseCommitteeDrawer)),
  ]),
  lazyPage('cadre/planning', R, () => import('./planning-page').then((m) => m.PlanningPage), [
    lazyPage('reviews/new', W, () => import('./review-drawer').then((m) => m.ReviewDrawer)),
  ]),
  lazyPage('cadre/planning/board', R, () => import('./board-page').then((m) => m.BoardPage), [
    lazyPage('plan', W, () => import('./plan-drawer').then((m) => m.PlanDrawer)),
  ]),
  lazyPage('cadre/votes', R, () => import('./votes-page').then((m) => m.VotesPage), [
    lazyPage('new', W, () => import('./vote-drawer').then((m) => m.VoteDrawer)),
  ]),
  lazyPage('cadre/votes/:id', R, () => import('./vote-page').then((m) => m.VotePage), [
    lazyPage('decide', W, () => import('./decide-vote-drawer').then((m) => m.DecideVoteDrawer)),
  ]),
  lazyPage('cadre/vetting', VR, () => import('./vetting-page').then((m) => m.VettingPage), [
    lazyPage('open', VW, () => import('./open-cases-drawer').then((m) => m.OpenCasesDrawer)),
    lazyPage('request', VW, () => import('./send-request-drawer').then((m) => m.SendRequestDrawer)),
    lazyPage('reply', VW, () => import('./replies-drawer').then((m) => m.RepliesDrawer)),
    lazyPage('conclude', VW, () => import('./conclude-drawer').then((m) => m.ConcludeDrawer)),
  ]),
  lazyPage('cadre/vetting/cases/:id', VR, () => import('./vetting-case-page').then((m) => m.VettingCasePage)),
];
