import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Result, Steps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { fetchCandidate, type CandidateView } from '../../api/candidates';
import { useAuth } from '../../auth/auth-context';
import { IfAllowed } from '../../auth/guards';
import { can } from '../../auth/permissions';
import { formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DeadlineTag } from './deadline-tag';
import { availableCommands, BOARD_STEPS, boardStep, deadlineStageOf, type StepCommand } from './pipeline';
import { PersonName } from './person-name';
import { useCodeLists, useDeadlines, useOrgNames } from './use-pipeline';
import './candidates.css';

/** The stable id of a step's button: an end-to-end test and the drawer's focus return find it by it. */
export const commandButtonId = (cmd: StepCommand) => (cmd === 'admit' || cmd === 'ceremony' ? `candidate-${cmd}` : `candidate-step-${cmd}`);

/** `/candidates/:id`: where the candidate is in the pipeline, what each step recorded, one command per step. */
export function CandidatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const candidate = useQuery({ queryKey: ['candidates', 'one', id], queryFn: ({ signal }) => fetchCandidate(id, signal) });
  useDocumentTitle(candidate.data?.fullName ?? t('candidates.title'));

  if (candidate.isPending) return <Loading />;
  if (candidate.error) {
    if (candidate.error instanceof ApiError && candidate.error.status === 404) {
      return <Result status="404" title={<h1 className="result-title">{t('candidates.record.notFound')}</h1>} extra={<Link to="/candidates">{t('candidates.record.back')}</Link>} />;
    }
    return <ErrorNotice error={candidate.error} onRetry={() => void candidate.refetch()} />;
  }
  return <CandidateRecord c={candidate.data} />;
}

function CandidateRecord({ c }: { c: CandidateView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orgName = useOrgNames();
  const codes = useCodeLists();
  const deadlines = useDeadlines(c.orgId);
  const step = boardStep(c);
  const current = BOARD_STEPS.indexOf(step);
  const deadline = deadlines.byPerson.get(c.personId);
  const openDeadline = deadline && deadline.stage === deadlineStageOf(step) ? deadline : undefined;
  const { me } = useAuth();
  // recording the vetting takes vetting:write (the Board), the other steps members:write
  const commands = availableCommands(c).filter((cmd) => cmd !== 'vetting' || can(me, 'vetting:write'));
  // the server leaves the vetting out for a caller without vetting:read
  const vettingHidden = c.vettingStatus === undefined;
  const doneMark = (on: string | null | undefined) => (on ? formatLocalDate(on) : undefined);

  const stepDates: Record<(typeof BOARD_STEPS)[number], string | undefined> = {
    nominated: doneMark(c.nominatedOn),
    sympathizer: doneMark(c.sympathizerListedOn),
    vetting: vettingHidden ? t('candidates.vettingHidden') : c.vettingStatus === 'pending' ? t('candidates.vettingStatus.pending') : doneMark(c.vettingConcludedOn),
    introducers: c.introducers.length ? t('candidates.record.done') : undefined,
    resolution: doneMark(c.resolution?.voteDate),
    decision: doneMark(c.admissionDecisionDate),
    ceremony: doneMark(c.ceremonyDate),
  };

  return (
    <Page
      id="candidate"
      title={c.fullName}
      intro={t('candidates.record.intro', { org: orgName(c.orgId), dateOfBirth: formatLocalDate(c.dateOfBirth) })}
      actions={<Link to="/candidates">{t('candidates.record.back')}</Link>}
    >
      <nav aria-label={t('candidates.record.stepsLabel')}>
        <Steps
          className="candidate-steps"
          size="small"
          current={step === 'ceremony' ? BOARD_STEPS.length : current + 1}
          items={BOARD_STEPS.map((s) => ({ title: t(`candidates.steps.${s}`), content: stepDates[s] ?? t('candidates.record.waiting') }))}
        />
      </nav>
      {openDeadline && (
        <p>
          <DeadlineTag deadline={openDeadline} />
        </p>
      )}
      <IfAllowed permission="members:write">
        {commands.length > 0 && (
          <div className="candidate-step-actions">
            {commands.map((cmd) => (
              <Button key={cmd} id={commandButtonId(cmd)} type={cmd === 'admit' || cmd === 'ceremony' ? 'primary' : 'default'} onClick={() => navigate(cmd)}>
                {t(`candidates.commands.${cmd}`)}
              </Button>
            ))}
          </div>
        )}
      </IfAllowed>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'nominatedBy', label: t('candidates.record.fields.nominatedBy'), children: `${codes.label('massOrganization', c.nominatedBy)} — ${formatLocalDate(c.nominatedOn)}` },
          { key: 'listedOn', label: t('candidates.record.fields.listedOn'), children: formatLocalDate(c.sympathizerListedOn) || t('candidates.record.waiting') },
          { key: 'mentor', label: t('candidates.record.fields.mentor'), children: c.mentorPersonId ? <PersonName id={c.mentorPersonId} /> : t('candidates.record.waiting') },
          {
            key: 'vetting',
            label: t('candidates.record.fields.vetting'),
            children: vettingHidden
              ? t('candidates.vettingHidden')
              : c.vettingStatus ? `${t(`candidates.vettingStatus.${c.vettingStatus}`)}${c.vettingConcludedOn ? ` — ${formatLocalDate(c.vettingConcludedOn)}` : ''}` : t('candidates.record.waiting'),
          },
          {
            key: 'introducers',
            label: t('candidates.record.fields.introducers'),
            children: c.introducers.length ? (
              <ol className="candidate-introducer-list">
                {c.introducers.map((i, n) => (
                  <li key={n}>
                    {i.personId ? <PersonName id={i.personId} /> : i.organization} <Tag>{t(`candidates.introducerKind.${i.kind}`)}</Tag>
                    {i.togetherSince && t('candidates.record.fields.togetherSince', { date: formatLocalDate(i.togetherSince) })}
                  </li>
                ))}
              </ol>
            ) : (
              t('candidates.record.waiting')
            ),
          },
          {
            key: 'resolution',
            label: t('candidates.record.fields.resolution'),
            children: c.resolution
              ? t('candidates.record.fields.resolutionValue', {
                  date: formatLocalDate(c.resolution.voteDate),
                  number: c.resolution.resolutionNumber ?? '—',
                  votesFor: c.resolution.votesFor ?? '—',
                  officialMembers: c.resolution.officialMembers ?? '—',
                })
              : t('candidates.record.waiting'),
          },
          { key: 'decision', label: t('candidates.record.fields.decision'), children: formatLocalDate(c.admissionDecisionDate) || t('candidates.record.waiting') },
          { key: 'ceremony', label: t('candidates.record.fields.ceremony'), children: formatLocalDate(c.ceremonyDate) || t('candidates.record.waiting') },
        ]}
      />
      <p className="muted" style={{ marginTop: 12 }}>
        {t('candidates.record.certificateNote')}
      </p>
      <Outlet context={c} />
    </Page>
  );
}
