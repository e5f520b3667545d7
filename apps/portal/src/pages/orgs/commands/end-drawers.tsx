import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { dissolveOrg, fetchOrgChildren, handOverOrg, type DissolveOrgBody, type HandOverOrgBody, type OrgDetailView } from '../../../api/orgs';
import type { OrgDecision } from '../../../api/orgs';
import { formatLocalDate } from '../../../format';
import { CommandForm } from '../../../ui/command-form';
import { OrgPicker } from '../../../ui/org-picker';
import { DecisionFields, ORG_DECISION_INVALIDATES, OrgCommandDrawer, useAfterDecision, useCommandOrg, WithCommandOrg } from './org-command';

/** The organizations directly under `orgId` today: what a dissolution or split must carry. */
export function useChildren(orgId: string) {
  return useQuery({ queryKey: ['orgs', 'children', 'today', orgId], queryFn: ({ signal }) => fetchOrgChildren(orgId, undefined, signal) });
}

/** Giải thể (`/orgs/:id/dissolve`): its children moved or dissolved with it, its members to a chi bộ that continues. Asks first. */
export function DissolveDrawer() {
  const { t } = useTranslation();
  const org = useCommandOrg();
  return (
    <OrgCommandDrawer title={t('orgActions.dissolve.title', { name: org.data?.name ?? '' })} width={640}>
      <WithCommandOrg>{(o) => <DissolveForm org={o} />}</WithCommandOrg>
    </OrgCommandDrawer>
  );
}

function DissolveForm({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DissolveOrgBody>();
  const values = Form.useWatch([], form) as Partial<DissolveOrgBody> | undefined;
  const children = useChildren(org.id);
  const after = useAfterDecision();
  const childOptions = (children.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <p>{t('orgActions.dissolve.intro')}</p>
      <CommandForm<DissolveOrgBody, OrgDecision>
        form={form}
        initialValues={{ moveChildren: [], dissolveDescendants: false }}
        submit={(v) => dissolveOrg(org.id, { ...v, moveChildren: v.moveChildren ?? [] })}
        submitLabel={t('orgActions.dissolve.submit')}
        confirm={{
          title: t('orgActions.dissolve.confirmTitle', { name: org.name }),
          description: t('orgActions.dissolve.confirm', { date: formatLocalDate(values?.effectiveOn), number: values?.decisionNumber ?? '' }),
        }}
        successMessage={t('orgActions.dissolve.done', { name: org.name })}
        invalidate={ORG_DECISION_INVALIDATES}
        onDone={(r) => after(r, { ended: true })}
      >
        <DecisionFields />
        <h3 className="orgs-form-section">{t('orgActions.dissolve.children')}</h3>
        {children.data?.length === 0 ? (
          <p className="orgs-muted">{t('orgActions.dissolve.noChildren')}</p>
        ) : (
          <>
            <Form.List name="moveChildren">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <div key={field.key} className="orgs-list-row">
                      <Form.Item name={[field.name, 'orgId']} label={t('orgActions.dissolve.moveChild')} rules={[{ required: true, message: t('orgActions.dissolve.moveChildRequired') }]}>
                        <Select options={childOptions} showSearch={{ optionFilterProp: 'label' }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'parentId']} label={t('orgActions.dissolve.moveTo')} rules={[{ required: true, message: t('orgActions.dissolve.moveToRequired') }]}>
                        <OrgPicker />
                      </Form.Item>
                      <Button className="orgs-remove" aria-label={t('orgActions.dissolve.remove')} onClick={() => remove(field.name)}>
                        ✕
                      </Button>
                    </div>
                  ))}
                  <Button id="org-dissolve-add-move" onClick={() => add({})} disabled={!childOptions.length}>
                    {t('orgActions.dissolve.addMove')}
                  </Button>
                </>
              )}
            </Form.List>
            <Form.Item name="dissolveDescendants" valuePropName="checked" className="orgs-checkbox">
              <Checkbox>{t('orgActions.dissolve.dissolveDescendants')}</Checkbox>
            </Form.Item>
          </>
        )}
        <Form.Item name="membersTo" label={t('orgActions.fields.membersTo')} extra={t('orgActions.fields.membersToHelp')}>
          <OrgPicker />
        </Form.Item>
      </CommandForm>
    </>
  );
}

/** Bàn giao (`/orgs/:id/hand-over`): it leaves the bloc with its subtree and members. Asks first. */
export function HandOverDrawer() {
  const { t } = useTranslation();
  const org = useCommandOrg();
  return (
    <OrgCommandDrawer title={t('orgActions.handOver.title', { name: org.data?.name ?? '' })}>
      <WithCommandOrg>{(o) => <HandOverForm org={o} />}</WithCommandOrg>
    </OrgCommandDrawer>
  );
}

function HandOverForm({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<HandOverOrgBody>();
  const values = Form.useWatch([], form) as Partial<HandOverOrgBody> | undefined;
  const after = useAfterDecision();
  return (
    <>
      <p>{t('orgActions.handOver.intro')}</p>
      <CommandForm<HandOverOrgBody, OrgDecision>
        form={form}
        submit={(v) => handOverOrg(org.id, v)}
        submitLabel={t('orgActions.handOver.submit')}
        confirm={{
          title: t('orgActions.handOver.confirmTitle', { name: org.name, committee: values?.toCommittee ?? '' }),
          description: t('orgActions.handOver.confirm', { date: formatLocalDate(values?.effectiveOn), number: values?.decisionNumber ?? '' }),
        }}
        successMessage={t('orgActions.handOver.done', { name: org.name })}
        invalidate={ORG_DECISION_INVALIDATES}
        onDone={(r) => after(r, { ended: true })}
      >
        <Form.Item name="toCommittee" label={t('orgActions.handOver.toCommittee')} rules={[{ required: true, whitespace: true, message: t('orgActions.handOver.toCommitteeRequired') }]}>
          <Input maxLength={255} placeholder={t('orgActions.handOver.toCommitteePlaceholder')} />
        </Form.Item>
        <DecisionFields />
      </CommandForm>
    </>
  );
}

