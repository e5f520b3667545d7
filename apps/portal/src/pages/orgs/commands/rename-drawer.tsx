import { Descriptions, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { moveOrg, renameOrg, type MoveOrgBody, type OrgDetailView, type RenameOrgBody } from '../../../api/orgs';
import type { OrgDecision } from '../../../api/orgs';
import { useOrgKindLabel } from '../../../i18n/localize';
import { CommandForm } from '../../../ui/command-form';
import { OrgPicker } from '../../../ui/org-picker';
import { DecisionFields, NameItem, ORG_DECISION_INVALIDATES, OrgCommandDrawer, useAfterDecision, useCommandOrg, WithCommandOrg } from './org-command';

/** Đổi tên (`/orgs/:id/rename`): the next version carries the new name from the effective date. */
export function RenameDrawer() {
  const { t } = useTranslation();
  const org = useCommandOrg();
  return (
    <OrgCommandDrawer title={t('orgActions.rename.title', { name: org.data?.name ?? '' })}>
      <WithCommandOrg>{(o) => <RenameForm org={o} />}</WithCommandOrg>
    </OrgCommandDrawer>
  );
}

function RenameForm({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RenameOrgBody>();
  const after = useAfterDecision();
  return (
    <>
      <Descriptions size="small" column={1} items={[{ key: 'current', label: t('orgActions.rename.current'), children: org.name }]} />
      <CommandForm<RenameOrgBody, OrgDecision>
        form={form}
        initialValues={{ name: org.name }}
        submit={(values) => renameOrg(org.id, values)}
        submitLabel={t('orgActions.rename.submit')}
        successMessage={(r) => t('orgActions.rename.done', { name: r.org?.name ?? '' })}
        invalidate={ORG_DECISION_INVALIDATES}
        onDone={(r) => after(r)}
      >
        <NameItem label={t('orgActions.rename.name')} />
        <DecisionFields />
      </CommandForm>
    </>
  );
}

/** Chuyển trực thuộc (`/orgs/:id/move`): under another parent that may hold its kind. */
export function MoveDrawer() {
  const { t } = useTranslation();
  const org = useCommandOrg();
  return (
    <OrgCommandDrawer title={t('orgActions.move.title', { name: org.data?.name ?? '' })}>
      <WithCommandOrg>{(o) => <MoveForm org={o} />}</WithCommandOrg>
    </OrgCommandDrawer>
  );
}

function MoveForm({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const kindLabel = useOrgKindLabel();
  const [form] = Form.useForm<MoveOrgBody>();
  const after = useAfterDecision();
  return (
    <>
      <Descriptions size="small" column={1} items={[{ key: 'current', label: t('orgActions.move.current'), children: org.ancestors[0]?.name ?? '—' }]} />
      <CommandForm<MoveOrgBody, OrgDecision>
        form={form}
        submit={(values) => moveOrg(org.id, values)}
        submitLabel={t('orgActions.move.submit')}
        successMessage={t('orgActions.move.done', { name: org.name })}
        invalidate={ORG_DECISION_INVALIDATES}
        onDone={(r) => after(r)}
      >
        <Form.Item name="parentId" label={t('orgActions.move.parent')} extra={t('orgActions.move.parentHelp', { kind: kindLabel(org.kind).toLowerCase() })} rules={[{ required: true, message: t('orgActions.fields.parentRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <DecisionFields />
      </CommandForm>
    </>
  );
}
