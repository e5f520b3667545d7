import { Alert, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { decideDiscipline, DISCIPLINE_INVALIDATES, type DecideBody } from '../../api/discipline';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { bodiesFor, competenceOf, COMPETENCE_REGULATION, levelsFor } from './penalties';
import { SubjectFields, useFormSubject } from './subject-fields';

/**
 * Ghi quyết định kỷ luật: whom (a member or an organization), the violation, the penalty proposed
 * and decided, the deciding body, the decision and its effect. The choices follow the rules
 * (Điều lệ Đảng, Điều 35, 36); the inspection service judges the decision on its date, and a
 * refusal lands under the field at fault (the penalty, the body) with nothing written.
 */
export function DecideDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fromCase = params.get('caseId');
  const backTo = fromCase ? `/inspection/cases/${fromCase}` : `/inspection/disciplines${listSearch(params)}`;
  const [form] = Form.useForm<DecideBody>();
  const { subject, personId } = useFormSubject(form);
  const levels = levelsFor(subject);
  const bodies = bodiesFor(subject);
  const body = Form.useWatch('decidingBody', form);
  const level = Form.useWatch('level', form);

  // a choice the new subject does not allow is cleared rather than sent to be refused
  useEffect(() => {
    const v = form.getFieldsValue(['level', 'proposedLevel', 'decidingBody']);
    if (v.level && !levels.includes(v.level)) form.setFieldValue('level', undefined);
    if (v.proposedLevel && !levels.includes(v.proposedLevel)) form.setFieldValue('proposedLevel', undefined);
    if (v.decidingBody && !bodies.includes(v.decidingBody)) form.setFieldValue('decidingBody', bodies.length === 1 ? bodies[0] : undefined);
    else if (!v.decidingBody && bodies.length === 1) form.setFieldValue('decidingBody', bodies[0]);
  }, [form, levels, bodies]);

  const competence = body ? competenceOf(subject, body) : undefined;
  const competenceText = competence
    ? competence.length
      ? t('discipline.decide.competence', { regulation: COMPETENCE_REGULATION, levels: competence.map((l) => t(`discipline.penalty.${l}`).toLowerCase()).join(', ') })
      : t('discipline.decide.competenceNone')
    : undefined;
  const levelOptions = levels.map((l) => ({ value: l, label: t(`discipline.penalty.${l}`) }));

  return (
    <CommandDrawer title={t('discipline.decide.title')} backTo={backTo} width={640}>
      <CommandForm<DecideBody, { id: string }>
        form={form}
        name="decide"
        initialValues={{ subject: 'member', personId: params.get('personId') ?? undefined, caseId: fromCase ?? undefined, decidedOn: todayInVietnam() }}
        submit={(v) =>
          decideDiscipline({
            subject: v.subject,
            personId: v.subject === 'member' ? v.personId : null,
            orgId: v.subject === 'organization' ? v.orgId : null,
            caseId: v.subject === 'member' ? (v.caseId ?? null) : null,
            violation: v.violation.trim(),
            proposedLevel: v.proposedLevel ?? null,
            level: v.level,
            decidingBody: v.decidingBody,
            decidedOn: v.decidedOn,
            decisionNumber: v.decisionNumber.trim(),
            effectiveOn: v.effectiveOn || null,
            periodMonths: v.periodMonths ?? null,
          })
        }
        submitLabel={t('discipline.decide.submit')}
        successMessage={t('discipline.decide.done')}
        invalidate={DISCIPLINE_INVALIDATES}
        onDone={(r) => navigate(`/inspection/disciplines/${r.id}`)}
      >
        <SubjectFields subject={subject} personId={personId} />
        <Form.Item name="violation" label={t('discipline.decide.violation')} rules={[{ required: true, whitespace: true, message: t('discipline.decide.violationRequired') }, { max: 4000 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="proposedLevel" label={t('discipline.decide.proposedLevel')}>
          <Select allowClear placeholder={t('discipline.decide.proposedNone')} options={levelOptions} />
        </Form.Item>
        <Form.Item name="level" label={t('discipline.decide.level')} rules={[{ required: true, message: t('discipline.decide.levelRequired') }]}>
          <Radio.Group options={levelOptions} />
        </Form.Item>
        {level === 'khai_tru' && <Alert type="warning" showIcon title={t('discipline.decide.expulsion')} style={{ marginBottom: 16 }} />}
        <Form.Item name="decidingBody" label={t('discipline.decide.decidingBody')} extra={competenceText} rules={[{ required: true, message: t('discipline.decide.decidingBodyRequired') }]}>
          <Select options={bodies.map((b) => ({ value: b, label: t(`discipline.body.${b}`) }))} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('discipline.decide.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('discipline.decide.decisionNumberRequired') }, { max: 60 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <DateItem name="decidedOn" label={t('discipline.decide.decidedOn')} required />
        <DateItem
          name="effectiveOn"
          label={t('discipline.decide.effectiveOn')}
          extra={t('discipline.decide.effectiveHint')}
          notFuture={false}
          rules={[
            {
              validator: (_: unknown, v?: string) => {
                const decided = form.getFieldValue('decidedOn') as string | undefined;
                return v && decided && v < decided ? Promise.reject(new Error(t('discipline.decide.effectiveBefore'))) : Promise.resolve();
              },
            },
          ]}
        />
        <Form.Item name="periodMonths" label={t('discipline.decide.periodMonths')} extra={t('discipline.decide.periodHint')}>
          <InputNumber min={1} max={120} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}

/** The list's own address (filters, page) without the parameters that prefill this form. */
function listSearch(params: URLSearchParams): string {
  const next = new URLSearchParams(params);
  next.delete('personId');
  next.delete('caseId');
  const s = next.toString();
  return s ? `?${s}` : '';
}
