import { coreEn } from './core';
import type { Messages } from './vi';
import * as homeMessages from '../pages/home/messages';
import * as candidatesMessages from '../pages/candidates/messages';
import * as probationMessages from '../pages/probation/messages';
import * as cardsMessages from '../pages/cards/messages';
import * as badgesMessages from '../pages/badges/messages';
import * as transfersMessages from '../pages/transfers/messages';
import * as leavingMessages from '../pages/leaving/messages';
import * as rosterMessages from '../pages/roster/messages';
import * as trainingMessages from '../pages/training/messages';
import * as memberRecordMessages from '../pages/members/record-messages';
import * as orgActionsMessages from '../pages/orgs/actions-messages';
import * as inspectionMessages from '../pages/inspection/messages';
import * as disciplineMessages from '../pages/discipline/messages';
import * as cadreMessages from '../pages/cadre/messages';
import * as ratingMessages from '../pages/rating/messages';
import * as uiMessages from '../ui/messages';
import * as usersMessages from '../pages/admin/users-messages';
import * as deadLettersMessages from '../pages/admin/dead-letters-messages';
import * as queuesMessages from '../pages/admin/queues-messages';
import * as auditMessages from '../pages/admin/audit-messages';
import * as reportJobsMessages from '../pages/reports/jobs-messages';
import * as orgsMessages from '../pages/orgs/messages';
import * as membersMessages from '../pages/members/messages';

export const en: Messages = {
  ...coreEn,
  nav: {
    label: 'Main navigation',
    status: 'System status',
    work: 'Work',
    home: 'Home',
    groups: {
      organization: 'Organizations and members',
      lifecycle: 'Admissions and member life',
      training: 'Training',
      inspection: 'Inspection and discipline',
      cadre: 'Cadre work',
      rating: 'Quality rating',
      reports: 'Reports',
      admin: 'Administration',
    },
    roster: 'Roster import',
    candidates: 'Admissions',
    probation: 'Probation',
    cards: 'Party cards',
    badges: 'Badges',
    transfers: 'Transfers',
    leaving: 'Leaving, deaths',
    training: 'Training classes',
    programs: 'Inspection programs',
    surveys: 'Dossier surveys',
    cases: 'Cases about members',
    disciplines: 'Discipline',
    complaints: 'Complaints, denunciations',
    outcomes: 'Discipline outcomes',
    committees: 'Committees by term',
    consolidations: 'Committee consolidation',
    planning: 'Cadre planning',
    votes: 'Confidence votes',
    vetting: 'Political vetting',
    ratingDecisions: 'Awaiting the Standing Committee',
    ratingRounds: 'Quality rating rounds',
    openMenu: 'Open the menu',
    loadingPage: 'Opening the page…',
    orgs: 'Party organizations',
    members: 'Members',
    reports: 'Year-end report',
    admin: 'Administration',
    users: 'Users',
    deadLetters: 'Dead letters',
    audit: 'Audit log',
    queues: 'Job queue',
    reportRuns: 'Report runs',
  },
  status: {
    title: 'System status',
    intro: 'Refreshes every 10 seconds.',
    updatedAt: 'Updated at {{time}}',
    refresh: 'Refresh now',
    refreshing: 'Refreshing…',
    overall: {
      up: 'All systems operational',
      down: 'Some components are down',
      seeding: 'The system is loading its initial data',
    },
    unreachable: 'Could not fetch the system status.',
    servicesTitle: 'Business services',
    infraTitle: 'Infrastructure',
    badge: { up: 'Up', down: 'Down', unknown: 'Unknown' },
    services: {
      membership: 'Members and Party organizations',
      cadre: 'Cadres',
      training: 'Political theory training',
      inspection: 'Inspection and supervision',
      reporting: 'Reports and statistics',
    },
    infra: {
      postgres: 'Database (PostgreSQL)',
      nats: 'Event streaming (NATS)',
      redis: 'Job queues (Redis)',
    },
  },
  users: usersMessages.en,
  deadLetters: deadLettersMessages.en,
  audit: auditMessages.en,
  queues: queuesMessages.en,
  reportJobs: reportJobsMessages.en,
  dateInput: {
    placeholder: 'dd/mm/yyyy',
    invalid: 'Invalid date, expected dd/mm/yyyy (e.g. 31/12/2024).',
    today: 'Today',
  },
  orgKinds: {
    bloc_committee: 'Bloc Party Committee (above grassroots)',
    grassroots_committee: 'Grassroots party committee',
    grassroots_cell: 'Grassroots party cell',
    sub_committee: 'Party sub-committee',
    dependent_cell: 'Dependent party cell',
    party_group: 'Party group',
  },
  orgs: orgsMessages.en,
  members: membersMessages.en,
  reports: {
    title: 'Year-end report',
    intro: 'Figures as of 31 December of the report year; flows count by the date things happened in the year.',
    year: 'Report year',
    yearsWithFacts: 'Years with recorded facts',
    otherYears: 'Other years',
    org: 'Scope',
    wholeScope: 'Your whole scope',
    asOf: 'Figures as of {{date}}',
    completeUpTo: 'The figures include everything recorded up to {{time}}.',
    completeEmpty: 'Nothing has been recorded yet.',
    behind: 'The report is catching up: {{waiting}} events are not in the figures yet; reload in a few minutes.',
    scopeOrgs: '{{name}}: {{count}} organizations',
    noData: 'no data yet',
    pendingTitle: 'Metrics without data yet',
    pendingIntro: 'These metrics show "no data yet" because the module that feeds them is not connected to reporting yet; it does not mean zero.',
    metric: 'Metric',
    value: 'Value',
    unit: 'Unit',
    definition: 'Definition',
    sectionEmpty: 'No metric in this section.',
    reconciliationTitle: 'Member headcount reconciliation',
    reconciliationIntro: 'Opening + increases − decreases = closing.',
    reconciliationComputed: 'Computed from the figures above',
    reconciliationMismatch: 'The closing figure of the report ({{closing}}) differs from the computed one ({{computed}}).',
    reconciliationMissing: 'Not enough figures to reconcile yet.',
    terms: {
      opening: 'Opening',
      admitted: 'Admitted',
      transferredIn: 'Transferred in',
      transferredOut: 'Transferred out',
      died: 'Deceased',
      struckOff: 'Struck off',
      leftParty: 'Left the Party',
      expelled: 'Expelled',
      removedFromProbation: 'Removed from probation',
      handedOverIn: 'Handed in with organizations',
      handedOverOut: 'Handed over with organizations',
      recordedFromBooks: 'Recorded from the books',
      closing: 'Closing',
    },
    inconsistenciesTitle: 'Figures that do not match',
    inconsistencyValues: 'Expected {{expected}}, actual {{actual}}',
    chartTraining: 'Classes and students by course type',
    chartOrgs: 'Grassroots organizations by kind',
    classes: 'Classes',
    students: 'Students',
    courses: {
      candidates: 'Party awareness',
      newMembers: 'New members',
      intermediateTheory: 'Intermediate theory',
    },
    chartNoData: 'No data to chart yet.',
  },
  home: homeMessages.en,
  candidates: candidatesMessages.en,
  probation: probationMessages.en,
  cards: cardsMessages.en,
  badges: badgesMessages.en,
  transfers: transfersMessages.en,
  leaving: leavingMessages.en,
  roster: rosterMessages.en,
  training: trainingMessages.en,
  memberRecord: memberRecordMessages.en,
  orgActions: orgActionsMessages.en,
  inspection: inspectionMessages.en,
  discipline: disciplineMessages.en,
  cadre: cadreMessages.en,
  rating: ratingMessages.en,
  ui: uiMessages.en,
};
