import { useTranslation } from 'react-i18next';
import type { DisciplineOutcome } from '../../api/discipline';
import { todayInVietnam } from '../../format';
import type { DataColumn } from '../../ui/data-table';
import { OrgLabel, PenaltyTag, PersonLink, ValidityTag } from './bits';
import { useOrgNames } from './org-names';
import { validityOf } from './penalties';

/**
 * The columns both discipline lists show (the Inspection Committee's and the outcomes the Board
 * reads): who, where, which penalty, the decision and how long it holds. `decision` renders the
 * decision number (a link where the reader may open the decision).
 */
export function useOutcomeColumns<T extends DisciplineOutcome>(decision: (d: T) => React.ReactNode): DataColumn<T>[] {
  const { t } = useTranslation();
  const orgName = useOrgNames();
  const today = todayInVietnam();
  const who = (d: T) => (d.person ? (d.person.fullName ?? '') : (orgName(d.orgId) ?? ''));
  return [
    {
      key: 'who',
      title: t('discipline.disciplines.columns.who'),
      value: who,
      render: (d) => (d.person ? <PersonLink person={d.person} /> : <OrgLabel id={d.orgId} known={orgName(d.orgId)} />),
    },
    { key: 'subject', title: t('discipline.disciplines.columns.subject'), optional: true, value: (d) => t(`discipline.subject.${d.subject}`) },
    {
      key: 'org',
      title: t('discipline.disciplines.columns.org'),
      width: 220,
      value: (d) => (d.person ? (orgName(d.orgId) ?? '') : ''),
      render: (d) => (d.person ? <OrgLabel id={d.orgId} known={orgName(d.orgId)} /> : t('discipline.common.none')),
    },
    { key: 'level', title: t('discipline.disciplines.columns.level'), value: (d) => t(`discipline.penalty.${d.level}`), render: (d) => <PenaltyTag level={d.level} /> },
    {
      key: 'status',
      title: t('discipline.disciplines.columns.status'),
      value: (d) => t(`discipline.disciplineStatus.${validityOf(d, today)}`),
      render: (d) => <ValidityTag validity={validityOf(d, today)} />,
    },
    { key: 'decisionNumber', title: t('discipline.disciplines.columns.decisionNumber'), value: (d) => d.decisionNumber, render: decision },
    { key: 'decidedOn', title: t('discipline.disciplines.columns.decidedOn'), sortKey: 'decidedOn', value: (d) => d.decidedOn },
    { key: 'effectiveOn', title: t('discipline.disciplines.columns.effectiveOn'), value: (d) => d.effectiveOn },
    { key: 'endsOn', title: t('discipline.disciplines.columns.endsOn'), optional: true, value: (d) => d.endsOn },
  ];
}
