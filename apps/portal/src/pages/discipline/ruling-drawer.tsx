import { Alert, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { DISCIPLINE_INVALIDATES, ruleOnComplaint, type Ruling, type RulingBody } from '../../api/discipline';
import { formatLocalDate, todayInVietnam } from '../../format';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useOrgNames } from './org-names';
import { lighterLevels } from './penalties';
import { useDiscipline } from './use-discipline';

const RULINGS: Ruling[] = ['upheld', 'lessened', 'annulled', 'withdrawn'];

/**
 * Giải quyết khiếu nại kỷ luật: upheld, lessened to a lighter penalty (the decision is replaced),
 * annulled (the penalty never held: asked to confirm first), or the complaint withdrawn.
 */
export function RulingDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { complaintId = '' } = useParams<{ complaintId: string }>();
  const { id, query, complaints } = useDiscipline();
  const orgName = useOrgNames();
  const [form] = Form.useForm<RulingBody>();
  const ruling = Form.useWatch('ruling', form);
  const backTo = `/inspection/disciplines/${id}`;
  const d = query.data;
  const complaint = complaints.find((c) => c.id === complaintId);

  let content;
  if (!d || !complaint) content = <Loading />;
  else if (complaint.status === 'resolved') content = <Alert type="info" showIcon title={t('discipline.rule.alreadyResolved', { date: formatLocalDate(complaint.resolvedOn) })} />;
  else {
    const lighter = lighterLevels(d.level, d.subject);
    const level = t(`discipline.penalty.${d.level}`).toLowerCase();
    const who = d.person?.fullName ?? orgName(d.orgId) ?? '';
    content = (
      <>
        <p className="discipline-drawer-lead">{t('discipline.rule.complaint', { date: formatLocalDate(complaint.receivedOn), deadline: formatLocalDate(complaint.deadline) })}</p>
        <CommandForm<RulingBody>
          form={form}
          name="ruling"
          initialValues={{ resolvedOn: todayInVietnam() }}
          submit={(v) =>
            ruleOnComplaint(complaintId, {
              ruling: v.ruling,
              resolvedOn: v.resolvedOn,
              newLevel: v.ruling === 'lessened' ? v.newLevel : null,
              decisionNumber: v.decisionNumber?.trim() || null,
              conclusion: v.conclusion.trim(),
            })
          }
          submitLabel={ruling === 'annulled' ? t('discipline.rule.submitAnnul') : t('discipline.rule.submit')}
          confirm={ruling === 'annulled' ? { title: t('discipline.rule.confirmAnnul', { decision: d.decisionNumber }), description: t('discipline.rule.confirmAnnulText', { level, who }) } : undefined}
          successMessage={t('discipline.rule.done')}
          invalidate={DISCIPLINE_INVALIDATES}
          onDone={() => navigate(backTo)}
        >
          <Form.Item name="ruling" label={t('discipline.rule.ruling')} rules={[{ required: true, message: t('discipline.rule.rulingRequired') }]}>
            <Radio.Group
              className="discipline-rulings"
              options={RULINGS.map((r) => ({ value: r, label: t(`discipline.ruling.${r}`), disabled: r === 'lessened' && lighter.length === 0 }))}
            />
          </Form.Item>
          {ruling === 'lessened' && (
            <Form.Item name="newLevel" label={t('discipline.rule.newLevel')} extra={t('discipline.rule.newLevelHint')} rules={[{ required: true, message: t('discipline.rule.newLevelRequired') }]}>
              <Select options={lighter.map((l) => ({ value: l, label: t(`discipline.penalty.${l}`) }))} />
            </Form.Item>
          )}
          {lighter.length === 0 && <p className="muted">{t('discipline.rule.noLighter', { level })}</p>}
          {ruling !== 'withdrawn' && (
            <Form.Item name="decisionNumber" label={t('discipline.rule.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('discipline.rule.decisionNumberRequired') }, { max: 60 }]}>
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <DateItem name="resolvedOn" label={t('discipline.rule.resolvedOn')} required />
          <Form.Item name="conclusion" label={t('discipline.rule.conclusion')} rules={[{ required: true, whitespace: true, message: t('discipline.rule.conclusionRequired') }, { max: 4000 }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </CommandForm>
      </>
    );
  }
  return (
    <CommandDrawer title={t('discipline.rule.title')} backTo={backTo}>
      {content}
    </CommandDrawer>
  );
}
