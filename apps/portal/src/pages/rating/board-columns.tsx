import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LEVEL_CODES, STAGES, type Subject } from '../../api/rating';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { formatDateTime, formatLocalDate, formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import type { DataColumn } from '../../ui/data-table';
import { LevelTag, StageTag, StateTag } from './bits';

const byName = (a: Subject, b: Subject) => a.name.localeCompare(b.name, 'vi');

/** The board's columns: who, where they stand, each step's level, what caps them, and a decision's override in words. */
export function useBoardColumns(kind: Subject['kind'] | undefined): DataColumn<Subject>[] {
  const { t } = useTranslation();
  const localize = useLocalize();
  const { me } = useAuth();
  const readsMembers = can(me, 'members:read');
  const code = (l: { level: keyof typeof LEVEL_CODES } | null) => (l ? LEVEL_CODES[l.level] : '');

  return [
    {
      key: 'name',
      title: t('rating.board.columns.name'),
      compare: byName,
      value: (s) => s.name,
      render: (s) => (s.kind === 'member' && s.personId && readsMembers ? <Link to={`/members/${s.personId}`}>{s.name}</Link> : s.name),
    },
    { key: 'org', title: t('rating.board.columns.org'), optional: kind === 'org', compare: (a, b) => a.orgName.localeCompare(b.orgName, 'vi'), value: (s) => (s.kind === 'member' ? s.orgName : '') },
    {
      key: 'stage',
      title: t('rating.board.columns.stage'),
      compare: (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage),
      value: (s) => t(`rating.stage.${s.stage}`),
      render: (s) => (
        <>
          <StageTag stage={s.stage} />
          {s.excluded && <div className="rating-muted">{localize(s.excluded.label)}</div>}
        </>
      ),
    },
    {
      key: 'selfRating',
      title: t('rating.board.columns.selfRating'),
      value: (s) => code(s.selfRating),
      render: (s) => (s.selfRating ? <LevelTag level={s.selfRating.level} score={s.selfRating.score} /> : ''),
    },
    {
      key: 'proposal',
      title: t('rating.board.columns.proposal'),
      value: (s) => code(s.proposal),
      render: (s) =>
        s.proposal ? (
          <>
            <LevelTag level={s.proposal.level} score={s.proposal.score} />
            <div className="rating-muted rating-nowrap">{formatLocalDate(s.proposal.meetingDate)}</div>
          </>
        ) : (
          ''
        ),
    },
    { key: 'proposalScore', title: t('rating.rows.score'), optional: true, value: (s) => s.proposal?.score ?? null },
    { key: 'proposalBasis', title: t('rating.assess.basis'), optional: true, value: (s) => s.proposal?.basis ?? '' },
    {
      key: 'decision',
      title: t('rating.board.columns.decision'),
      value: (s) => code(s.decision),
      render: (s) =>
        s.decision ? (
          <>
            <LevelTag level={s.decision.level} score={s.decision.score} />
            <div className="rating-muted rating-nowrap">{t('rating.board.decisionLine', { number: s.decision.decisionNumber, date: formatLocalDate(s.decision.decisionDate) })}</div>
            {s.decision.override && (
              <div className="rating-override-note">
                <StateTag tone="warn">{t('rating.board.overrideTag')}</StateTag>
                <span className="rating-muted">
                  {t('rating.board.overrideDetail', {
                    reason: s.decision.override.reason,
                    reference: s.decision.override.reference,
                    username: s.decision.override.decidedBy.username,
                    at: formatDateTime(s.decision.override.recordedAt),
                  })}
                </span>
              </div>
            )}
          </>
        ) : (
          ''
        ),
    },
    { key: 'decisionNumber', title: t('rating.decide.decisionNumber'), optional: true, value: (s) => s.decision?.decisionNumber ?? '' },
    { key: 'override', title: t('rating.board.overrideTag'), optional: true, value: (s) => (s.decision?.override ? `${s.decision.override.reason} (${s.decision.override.reference})` : '') },
    {
      key: 'disqualifiers',
      title: t('rating.board.columns.disqualifiers'),
      value: (s) => s.disqualifiers.map((d) => localize(d)).join('; '),
      render: (s) =>
        s.disqualifiers.length === 0
          ? ''
          : s.disqualifiers.map((d) => (
              <span key={d.code} className="rating-disqualifier" title={d.regulation}>
                {localize(d)} <span className="rating-muted">({d.regulation})</span>
              </span>
            )),
    },
    {
      key: 'pendingBelow',
      title: t('rating.board.columns.pendingBelow'),
      optional: kind !== 'org',
      value: (s) => (s.pendingBelow ? s.pendingBelow.members + s.pendingBelow.orgs : null),
      render: (s) => (s.pendingBelow ? t('rating.board.pendingBelow', { members: formatNumber(s.pendingBelow.members), orgs: formatNumber(s.pendingBelow.orgs) }) : ''),
    },
  ];
}
