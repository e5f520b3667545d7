import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { addTarget, PHASE_VALUES, TEAM_ROLE_VALUES, type AddTargetBody, type Phase } from '../../api/inspection';
import { formatLocalDate } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { useInspectionLabels } from './use-labels';

type Values = AddTargetBody & { dueDates: Partial<Record<Phase, string>> };

/**
 * Thêm đối tượng kiểm tra, giám sát: the organization (its committee, its secretary or both),
 * what is checked, the team, and the phases' due dates — each on or after the one before,
 * checked here as the server checks them.
 */
export function TargetDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const labels = useInspectionLabels();
  const [form] = Form.useForm<Values>();
  const dues = Form.useWatch('dueDates', form) as Values['dueDates'] | undefined;
  const duesKey = JSON.stringify(dues ?? {});
  // a due date changed: the later ones are checked again against it
  useEffect(() => {
    const filled = PHASE_VALUES.filter((p) => dues?.[p]).map((p) => ['dueDates', p]);
    if (filled.length > 1) void form.validateFields(filled).catch(() => undefined);
  }, [duesKey]);

  // a due date before an earlier phase's is refused, naming that phase
  const inOrder = (phase: Phase) => ({
    validator: (_: unknown, value?: string) => {
      if (!value) return Promise.resolve();
      const earlier = PHASE_VALUES.slice(0, PHASE_VALUES.indexOf(phase)).reverse();
      for (const before of earlier) {
        const on = form.getFieldValue(['dueDates', before]) as string | undefined;
        if (on) {
          return value < on ? Promise.reject(new Error(t('inspection.targetForm.dueOrder', { phase: labels.phase(before), date: formatLocalDate(on) }))) : Promise.resolve();
        }
      }
      return Promise.resolve();
    },
  });

  return (
    <CommandDrawer title={t('inspection.targetForm.title')} backTo={`/inspection/programs/${id}`} width={680}>
      <CommandForm<Values, { id: string }>
        name="target"
        form={form}
        submit={(values) =>
          addTarget(id, {
            ...values,
            team: (values.team ?? []).filter((m) => m?.fullName?.trim()),
            dueDates: Object.fromEntries(PHASE_VALUES.map((p) => [p, values.dueDates?.[p] || null])) as AddTargetBody['dueDates'],
          })
        }
        submitLabel={t('inspection.targetForm.submit')}
        successMessage={t('inspection.targetForm.done')}
        invalidate={[['inspection']]}
        onDone={(created) => navigate(`/inspection/targets/${created.id}`)}
        initialValues={{ targetsCommittee: true, targetsSecretary: false, team: [{ fullName: '', role: 'lead' }], dueDates: {} }}
      >
        <Form.Item name="orgId" label={t('inspection.targetForm.org')} rules={[{ required: true, message: t('inspection.targetForm.orgRequired') }]} extra={t('inspection.targetForm.orgHint')}>
          <OrgPicker />
        </Form.Item>
        <Form.Item label={t('inspection.targetForm.subjectOf')} required className="inspection-checks">
          <Space wrap>
            <Form.Item name="targetsCommittee" valuePropName="checked" noStyle>
              <Checkbox id="target_targetsCommittee">{t('inspection.target.committee')}</Checkbox>
            </Form.Item>
            <Form.Item name="targetsSecretary" valuePropName="checked" noStyle>
              <Checkbox id="target_targetsSecretary">{t('inspection.target.secretary')}</Checkbox>
            </Form.Item>
          </Space>
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('inspection.targetForm.subject')}
          rules={[{ required: true, whitespace: true, message: t('inspection.targetForm.subjectRequired') }]}
          extra={t('inspection.targetForm.subjectHint')}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
        <fieldset className="inspection-fieldset">
          <legend>{t('inspection.targetForm.team')}</legend>
          <Form.List
            name="team"
            rules={[
              {
                validator: (_, team?: { role?: string }[]) =>
                  (team ?? []).filter((m) => m?.role === 'lead').length > 1 ? Promise.reject(new Error(t('inspection.targetForm.oneLead'))) : Promise.resolve(),
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start" wrap className="inspection-team-row">
                    <Form.Item
                      name={[field.name, 'fullName']}
                      label={t('inspection.targetForm.memberName', { n: i + 1 })}
                      rules={[{ required: true, whitespace: true, message: t('inspection.targetForm.memberNameRequired') }]}
                    >
                      <Input maxLength={120} style={{ width: 280 }} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} label={t('inspection.targetForm.memberRole', { n: i + 1 })}>
                      <Select style={{ width: 160 }} options={TEAM_ROLE_VALUES.map((r) => ({ value: r, label: labels.role(r) }))} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="text" className="inspection-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('inspection.targetForm.removeMember', { n: i + 1 })} />
                    )}
                  </Space>
                ))}
                <Form.ErrorList errors={errors} />
                <Button id="target-add-member" icon={<PlusOutlined />} onClick={() => add({ fullName: '', role: 'member' })}>
                  {t('inspection.targetForm.addMember')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <fieldset className="inspection-fieldset">
          <legend>{t('inspection.targetForm.dues')}</legend>
          <p className="muted">{t('inspection.targetForm.duesHint')}</p>
          <div className="inspection-dues">
            {PHASE_VALUES.map((phase) => (
              <DateItem
                key={phase}
                name={['dueDates', phase]}
                label={t('inspection.targetForm.due', { phase: labels.phase(phase) })}
                notFuture={false}
                rules={[inOrder(phase)]}
              />
            ))}
          </div>
        </fieldset>
      </CommandForm>
    </CommandDrawer>
  );
}
