import { useQuery } from '@tanstack/react-query';
import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { CADRE_INVALIDATES, decideVote, fetchVote, VOTE_OUTCOME_VALUES, type DecideVoteBody, type VoteOutcome } from '../../api/cadre';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCadreLabels } from './use-labels';

/** With two thirds or more low confidence the Standing Committee relieves or accepts a resignation (Quy định 96-QĐ/TW); the service checks it too. */
const AFTER_DISMISSAL: readonly VoteOutcome[] = ['relieved_of_post', 'resigned'];

/** Ghi quyết định của Ban Thường vụ về một kết quả tín nhiệm thấp, as the Board records it from the decision. */
export function DecideVoteDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const labels = useCadreLabels();
  const [form] = Form.useForm<DecideVoteBody>();
  const vote = useQuery({ queryKey: ['cadre', 'vote', id], queryFn: ({ signal }) => fetchVote(id, signal) });
  const outcomes = vote.data?.result === 'dismissal_to_consider' ? VOTE_OUTCOME_VALUES.filter((o) => AFTER_DISMISSAL.includes(o)) : VOTE_OUTCOME_VALUES;
  return (
    <CommandDrawer title={t('cadre.decideVote.title')} backTo={`/cadre/votes/${id}`} width={600}>
      {vote.isPending ? (
        <Loading />
      ) : vote.isError ? (
        <ErrorNotice error={vote.error} />
      ) : (
        <>
          <p className="cadre-drawer-context">
            {t('cadre.decideVote.context', { name: vote.data.person.fullName ?? '', post: labels.post(vote.data.post), low: vote.data.sheet.low })}
          </p>
          <CommandForm<DecideVoteBody, unknown>
            name="decideVote"
            form={form}
            submit={(v) => decideVote(id, { ...v, decisionNumber: v.decisionNumber.trim(), note: v.note?.trim() || null })}
            submitLabel={t('cadre.decideVote.submit')}
            successMessage={t('cadre.decideVote.done')}
            invalidate={CADRE_INVALIDATES}
            onDone={() => navigate(`/cadre/votes/${id}`)}
          >
            <Form.Item name="outcome" label={t('cadre.decideVote.outcome')} rules={[{ required: true, message: t('cadre.decideVote.outcomeRequired') }]}>
              <Radio.Group className="cadre-radio-column" options={outcomes.map((o) => ({ value: o, label: labels.outcome(o) }))} />
            </Form.Item>
            <Form.Item name="decisionNumber" label={t('cadre.fields.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.fields.decisionNumberRequired') }, { max: 60 }]}>
              <Input autoComplete="off" />
            </Form.Item>
            <DateItem name="decidedOn" label={t('cadre.fields.decisionDate')} required />
            <Form.Item name="note" label={t('cadre.fields.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
            </Form.Item>
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
