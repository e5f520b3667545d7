import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import {
  addFinding,
  conclude,
  fetchTarget,
  followUp,
  PHASE_VALUES,
  recordPhase,
  type ConcludeBody,
  type FindingBody,
  type FollowUpBody,
  type Phase,
  type RecordPhaseBody,
} from '../../api/inspection';
import { formatLocalDate } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useInspectionLabels } from './use-labels';

/** The target the drawer acts on (already read by its page: the cache answers). */
function useTarget() {
  const { id = '' } = useParams();
  const target = useQuery({ queryKey: ['inspection', 'target', id], queryFn: ({ signal }) => fetchTarget(id, signal) });
  return { id, target: target.data, back: `/inspection/targets/${id}` };
}

const INVALIDATE = [['inspection']];

/** Ghi nhận hoàn thành một bước (`phases/:phase`): the day it was done, not before the phase before. */
export function PhaseDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useInspectionLabels();
  const { phase: raw = '' } = useParams();
  const { id, target, back } = useTarget();
  const [form] = Form.useForm<RecordPhaseBody>();
  const phase = (PHASE_VALUES as string[]).includes(raw) ? (raw as Phase) : null;
  const i = phase ? PHASE_VALUES.indexOf(phase) : -1;
  const view = target?.phases.find((p) => p.phase === phase);
  const before = i > 0 ? target?.phases.find((p) => p.phase === PHASE_VALUES[i - 1]) : undefined;
  return (
    <CommandDrawer title={t('inspection.phaseForm.title', { phase: phase ? labels.phase(phase) : raw })} backTo={back}>
      {target && <p className="inspection-drawer-context">{target.orgName}</p>}
      {view?.dueOn && <p>{t('inspection.phaseForm.due', { date: formatLocalDate(view.dueOn) })}</p>}
      {before?.doneOn && <p className="muted">{t('inspection.phaseForm.after', { phase: labels.phase(before.phase), date: formatLocalDate(before.doneOn) })}</p>}
      <CommandForm<RecordPhaseBody>
        name="phase"
        form={form}
        submit={(values) => recordPhase(id, (phase ?? raw) as Phase, values)}
        submitLabel={t('inspection.phaseForm.submit')}
        successMessage={t('inspection.phaseForm.done')}
        invalidate={INVALIDATE}
        onDone={() => navigate(back)}
        ruleField="doneOn"
        fieldAliases={{ phase: 'doneOn' }}
      >
        <DateItem name="doneOn" label={t('inspection.phaseForm.doneOn')} required />
      </CommandForm>
    </CommandDrawer>
  );
}

/** Ghi nhận phát hiện qua kiểm tra, giám sát (`findings/new`). */
export function FindingDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, target, back } = useTarget();
  const [form] = Form.useForm<FindingBody>();
  return (
    <CommandDrawer title={t('inspection.findingForm.title')} backTo={back}>
      {target && <p className="inspection-drawer-context">{target.orgName}</p>}
      <CommandForm<FindingBody>
        name="finding"
        form={form}
        submit={(values) => addFinding(id, values)}
        submitLabel={t('inspection.findingForm.submit')}
        successMessage={t('inspection.findingForm.done')}
        invalidate={INVALIDATE}
        onDone={() => navigate(back)}
      >
        <DateItem name="recordedOn" label={t('inspection.findingForm.recordedOn')} required />
        <Form.Item name="text" label={t('inspection.findingForm.text')} rules={[{ required: true, whitespace: true, message: t('inspection.findingForm.textRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={4000} showCount />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}

/**
 * Kết luận kiểm tra, giám sát (`conclude`): the conclusion notice (number, date, text) and its
 * recommendations, each with a due date for the follow-up. Final: no finding is added after it.
 */
export function ConcludeDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, target, back } = useTarget();
  const [form] = Form.useForm<ConcludeBody>();
  const verified = target?.phases.find((p) => p.phase === 'verification')?.doneOn;
  return (
    <CommandDrawer title={t('inspection.concludeForm.title')} backTo={back} width={680}>
      {target && <p className="inspection-drawer-context">{target.orgName}</p>}
      <Alert type="info" showIcon className="inspection-drawer-alert" title={t('inspection.concludeForm.final')} />
      <CommandForm<ConcludeBody>
        name="conclude"
        form={form}
        submit={(values) => conclude(id, { ...values, recommendations: (values.recommendations ?? []).map((r) => ({ text: r.text, dueOn: r.dueOn || null })) })}
        submitLabel={t('inspection.concludeForm.submit')}
        successMessage={t('inspection.concludeForm.done')}
        invalidate={INVALIDATE}
        onDone={() => navigate(back)}
        ruleField="conclusionDate"
        initialValues={{ recommendations: [] }}
      >
        <Form.Item name="conclusionNumber" label={t('inspection.concludeForm.number')} rules={[{ required: true, whitespace: true, message: t('inspection.concludeForm.numberRequired') }]}>
          <Input maxLength={100} placeholder="45-TB/UBKTĐUK" style={{ maxWidth: 280 }} />
        </Form.Item>
        <DateItem
          name="conclusionDate"
          label={t('inspection.concludeForm.date')}
          required
          extra={verified ? t('inspection.concludeForm.dateHint', { date: formatLocalDate(verified) }) : undefined}
        />
        <Form.Item name="text" label={t('inspection.concludeForm.text')} rules={[{ required: true, whitespace: true, message: t('inspection.concludeForm.textRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={8000} showCount />
        </Form.Item>
        <fieldset className="inspection-fieldset">
          <legend>{t('inspection.concludeForm.recommendations')}</legend>
          <Form.List name="recommendations">
            {(fields, { add, remove }) => (
              <>
                {fields.length === 0 && <p className="muted">{t('inspection.concludeForm.noRecommendations')}</p>}
                {fields.map((field, i) => (
                  <div key={field.key} className="inspection-rec-row">
                    <Form.Item
                      name={[field.name, 'text']}
                      label={t('inspection.concludeForm.recText', { n: i + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('inspection.concludeForm.recTextRequired') }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
                    </Form.Item>
                    <Space align="start">
                      <DateItem name={[field.name, 'dueOn']} label={t('inspection.concludeForm.recDue', { n: i + 1 })} notFuture={false} />
                      <Button type="text" className="inspection-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('inspection.concludeForm.removeRec', { n: i + 1 })} />
                    </Space>
                  </div>
                ))}
                <Button id="conclude-add-recommendation" icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                  {t('inspection.concludeForm.addRec')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      </CommandForm>
    </CommandDrawer>
  );
}

/** Theo dõi thực hiện kiến nghị (`recommendations/:recId/follow-up`); "carried out" closes it. */
export function FollowUpDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { recId = '' } = useParams();
  const { target, back } = useTarget();
  const [form] = Form.useForm<FollowUpBody>();
  const rec = target?.recommendations.find((r) => r.id === recId);
  return (
    <CommandDrawer title={t('inspection.followUpForm.title')} backTo={back}>
      {rec && (
        <p className="inspection-drawer-context">
          {rec.text}
          {rec.dueOn && <span className="muted"> · {t('inspection.recs.openDue', { date: formatLocalDate(rec.dueOn) })}</span>}
        </p>
      )}
      <CommandForm<FollowUpBody>
        name="followUp"
        form={form}
        submit={(values) => followUp(recId, { ...values, closes: Boolean(values.closes) })}
        submitLabel={t('inspection.followUpForm.submit')}
        successMessage={t('inspection.followUpForm.done')}
        invalidate={INVALIDATE}
        onDone={() => navigate(back)}
        ruleField="followedUpOn"
        initialValues={{ closes: false }}
      >
        <DateItem name="followedUpOn" label={t('inspection.followUpForm.on')} required />
        <Form.Item name="note" label={t('inspection.followUpForm.note')} rules={[{ required: true, whitespace: true, message: t('inspection.followUpForm.noteRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="closes" valuePropName="checked" extra={t('inspection.followUpForm.closesHint')}>
          <Checkbox>{t('inspection.followUpForm.closes')}</Checkbox>
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
