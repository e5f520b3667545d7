import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { CADRE_INVALIDATES, COMMITTEE_KIND_VALUES, POSTS_OF, recordVote, type CommitteeKind, type RecordVoteBody } from '../../api/cadre';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { PersonPicker } from '../../ui/person-picker';
import { shareText } from './cadre-model';
import { useCadreLabels } from './use-labels';

/**
 * Ghi kết quả lấy phiếu tín nhiệm of one person on one post: who was summoned and attended, the
 * ballots collected and the count at each level. The cadre service judges it by Quy định
 * 96-QĐ/TW (quorum, more than half or two thirds low) and the result sheet opens.
 */
export function VoteDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const labels = useCadreLabels();
  const [form] = Form.useForm<RecordVoteBody>();
  const kind = (Form.useWatch('committeeKind', form) ?? 'executive') as CommitteeKind;
  const v = (Form.useWatch((values: Partial<RecordVoteBody>) => values, form) ?? {}) as Partial<RecordVoteBody>;
  const collected = typeof v.ballots === 'number' ? v.ballots : (v.high ?? 0) + (v.normal ?? 0) + (v.low ?? 0);
  const count = (name: keyof RecordVoteBody, label: string, required = true, extra?: string) => (
    <Form.Item name={name} label={label} extra={extra} rules={required ? [{ required: true, message: t('cadre.voteForm.countRequired', { field: label }) }] : []}>
      <InputNumber min={0} max={100_000} precision={0} style={{ width: 140 }} />
    </Form.Item>
  );

  return (
    <CommandDrawer title={t('cadre.voteForm.title')} backTo={`/cadre/votes${search}`} width={680}>
      <CommandForm<RecordVoteBody, { id: string }>
        name="vote"
        form={form}
        initialValues={{ committeeKind: 'executive' }}
        submit={(x) => recordVote({ ...x, votingBody: x.votingBody.trim(), reference: x.reference?.trim() || null, ballots: typeof x.ballots === 'number' ? x.ballots : null })}
        submitLabel={t('cadre.voteForm.submit')}
        successMessage={t('cadre.voteForm.done')}
        invalidate={CADRE_INVALIDATES}
        onDone={(created) => navigate(`/cadre/votes/${created.id}`)}
      >
        <Form.Item name="personId" label={t('cadre.vote.person')} rules={[{ required: true, message: t('cadre.fields.personRequired') }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="orgId" label={t('cadre.org')} rules={[{ required: true, message: t('cadre.fields.orgRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <div className="cadre-row">
          <Form.Item name="committeeKind" label={t('cadre.board.kind')} rules={[{ required: true }]}>
            <Select style={{ width: 220 }} onChange={() => form.setFieldValue('post', undefined)} options={COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))} />
          </Form.Item>
          <Form.Item name="post" label={t('cadre.fields.post')} rules={[{ required: true, message: t('cadre.fields.postRequired') }]}>
            <Select style={{ width: 260 }} options={POSTS_OF[kind].map((p) => ({ value: p, label: labels.post(p) }))} />
          </Form.Item>
        </div>
        <DateItem name="heldOn" label={t('cadre.voteForm.heldOn')} required />
        <Form.Item name="votingBody" label={t('cadre.vote.votingBody')} rules={[{ required: true, whitespace: true, message: t('cadre.voteForm.votingBodyRequired') }, { max: 300 }]}>
          <Input placeholder={t('cadre.voteForm.votingBodyPlaceholder')} />
        </Form.Item>
        <Form.Item name="reference" label={t('cadre.vote.reference')}>
          <Input maxLength={200} placeholder="12-KH/ĐUK" />
        </Form.Item>
        <fieldset className="cadre-fieldset">
          <legend>{t('cadre.voteForm.counts')}</legend>
          <div className="cadre-row">
            {count('summoned', t('cadre.vote.summoned'))}
            {count('attended', t('cadre.vote.attended'), true, typeof v.summoned === 'number' && typeof v.attended === 'number' ? shareText(v.attended, v.summoned) : undefined)}
            {count('ballots', t('cadre.vote.ballots'), false, t('cadre.voteForm.ballotsHint'))}
          </div>
          <div className="cadre-row">
            {count('high', t('cadre.vote.high'), true, typeof v.high === 'number' && collected > 0 ? shareText(v.high, collected) : undefined)}
            {count('normal', t('cadre.vote.normal'), true, typeof v.normal === 'number' && collected > 0 ? shareText(v.normal, collected) : undefined)}
            {count('low', t('cadre.vote.low'), true, typeof v.low === 'number' && collected > 0 ? shareText(v.low, collected) : undefined)}
          </div>
        </fieldset>
      </CommandForm>
    </CommandDrawer>
  );
}
