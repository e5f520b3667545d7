import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { establishOrg, handInOrg, type EstablishOrgBody, type HandInOrgBody } from '../../../api/orgs';
import type { OrgDecision } from '../../../api/orgs';
import { CommandForm } from '../../../ui/command-form';
import { OrgPicker } from '../../../ui/org-picker';
import { KindItem, useParentKind } from './kind-select';
import { DecisionFields, NameItem, ORG_DECISION_INVALIDATES, OrgCommandDrawer, useAfterDecision } from './org-command';

/** Thành lập (`/orgs/new`, `?parent=` from the organization selected) or tiếp nhận (`/orgs/handed-in`): a new organization in the tree. */
function NewOrgDrawer({ handedIn }: { handedIn: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<HandInOrgBody>();
  const parentId = Form.useWatch('parentId', form) as string | undefined;
  const parentKind = useParentKind(parentId);
  const after = useAfterDecision();
  const key = handedIn ? 'handIn' : 'establish';
  return (
    <OrgCommandDrawer title={t(`orgActions.${key}.title`)}>
      {handedIn && <p>{t('orgActions.handIn.intro')}</p>}
      <CommandForm<HandInOrgBody, OrgDecision>
        form={form}
        initialValues={{ parentId: params.get('parent') ?? undefined }}
        submit={(values) => (handedIn ? handInOrg(values) : establishOrg(values as EstablishOrgBody))}
        submitLabel={t(`orgActions.${key}.submit`)}
        successMessage={(r) => t(`orgActions.${key}.done`, { name: r.org?.name ?? '' })}
        invalidate={ORG_DECISION_INVALIDATES}
        onDone={(r) => after(r)}
      >
        {handedIn && (
          <Form.Item name="fromCommittee" label={t('orgActions.handIn.fromCommittee')} rules={[{ required: true, whitespace: true, message: t('orgActions.handIn.fromCommitteeRequired') }]}>
            <Input maxLength={255} placeholder={t('orgActions.handIn.fromCommitteePlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="parentId" label={handedIn ? t('orgActions.handIn.parent') : t('orgActions.fields.parent')} rules={[{ required: true, message: t('orgActions.fields.parentRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <KindItem name="kind" parentKind={parentKind} />
        <NameItem label={handedIn ? t('orgActions.handIn.name') : undefined} />
        <DecisionFields />
      </CommandForm>
    </OrgCommandDrawer>
  );
}

export const EstablishDrawer = () => <NewOrgDrawer handedIn={false} />;
export const HandInDrawer = () => <NewOrgDrawer handedIn />;
