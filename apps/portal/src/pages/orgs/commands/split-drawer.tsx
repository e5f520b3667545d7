import { Button, Form, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { splitOrg, type OrgDetailView, type OrgKind, type SplitOrgBody } from '../../../api/orgs';
import type { OrgDecision } from '../../../api/orgs';
import { formatLocalDate } from '../../../format';
import { CommandForm } from '../../../ui/command-form';
import { OrgPicker } from '../../../ui/org-picker';
import { PersonPicker } from '../../../ui/person-picker';
import { KindItem, useParentKind } from './kind-select';
import { useChildren } from './end-drawers';
import { DecisionFields, NameItem, ORG_DECISION_INVALIDATES, OrgCommandDrawer, useAfterDecision, useCommandOrg, WithCommandOrg } from './org-command';

/** The form's shape: one person per assignment row (the API takes lists). */
interface SplitValues extends Omit<SplitOrgBody, 'memberAssignments'> {
  memberAssignments?: { toIndex: number; personId: string }[];
}

/** How many assignment rows the server's field paths are mapped for (`memberAssignments.3.personIds.0` → the row's picker). */
const ALIASED_ROWS = 50;
const PERSON_ALIASES = Object.fromEntries(Array.from({ length: ALIASED_ROWS }, (_, i) => [`memberAssignments.${i}.personIds.0`, ['memberAssignments', i, 'personId']]));

/** Chia tách (`/orgs/:id/split`): new organizations take its children and members, as the decision assigns them. Asks first. */
export function SplitDrawer() {
  const { t } = useTranslation();
  const org = useCommandOrg();
  return (
    <OrgCommandDrawer title={t('orgActions.split.title', { name: org.data?.name ?? '' })} width={720}>
      <WithCommandOrg>{(o) => <SplitForm org={o} />}</WithCommandOrg>
    </OrgCommandDrawer>
  );
}

function SplitForm({ org }: { org: OrgDetailView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SplitValues>();
  const values = Form.useWatch([], form) as Partial<SplitValues> | undefined;
  const children = useChildren(org.id);
  const after = useAfterDecision();
  const parts = values?.into ?? [];
  const partOptions = parts.map((p, i) => ({ value: i, label: p?.name?.trim() || t('orgActions.split.unnamed', { n: i + 1 }) }));

  // every child of the organization must be assigned a new one: one row each, ready to choose
  useEffect(() => {
    if (children.data) form.setFieldValue('childAssignments', children.data.map((c) => ({ orgId: c.id, toIndex: undefined })));
  }, [children.data, form]);

  return (
    <>
      <p>{t('orgActions.split.intro')}</p>
      <CommandForm<SplitValues, OrgDecision>
        form={form}
        initialValues={{ into: [{}, {}] as SplitValues['into'], childAssignments: [], memberAssignments: [] }}
        submit={(v) =>
          splitOrg(org.id, {
            ...v,
            into: v.into.map((p) => ({ ...p, parentId: p.parentId || undefined })),
            childAssignments: v.childAssignments ?? [],
            memberAssignments: (v.memberAssignments ?? []).map((a) => ({ toIndex: a.toIndex, personIds: [a.personId] })),
          })
        }
        submitLabel={t('orgActions.split.submit')}
        confirm={{
          title: t('orgActions.split.confirmTitle', { name: org.name }),
          description: t('orgActions.split.confirm', { date: formatLocalDate(values?.effectiveOn), count: parts.length, number: values?.decisionNumber ?? '' }),
        }}
        successMessage={t('orgActions.split.done', { name: org.name })}
        invalidate={ORG_DECISION_INVALIDATES}
        fieldAliases={PERSON_ALIASES}
        ruleField="into"
        onDone={(r) => after(r, { ended: true })}
      >
        <DecisionFields />
        <h3 className="orgs-form-section">{t('orgActions.split.parts')}</h3>
        <Form.List name="into" rules={[{ validator: (_, v?: unknown[]) => ((v?.length ?? 0) >= 2 ? Promise.resolve() : Promise.reject(new Error(t('orgActions.split.partsMin')))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <fieldset key={field.key} className="orgs-fieldset">
                  <legend>{t('orgActions.split.part', { n: i + 1 })}</legend>
                  <NameItem name={[field.name, 'name']} />
                  <PartKind field={field.name} org={org} />
                  {fields.length > 2 && (
                    <Button onClick={() => remove(field.name)} aria-label={`${t('orgActions.split.removePart')} ${i + 1}`}>
                      {t('orgActions.split.removePart')}
                    </Button>
                  )}
                </fieldset>
              ))}
              <Form.ErrorList errors={errors} />
              <Button id="org-split-add-part" onClick={() => add({})}>
                {t('orgActions.split.addPart')}
              </Button>
            </>
          )}
        </Form.List>

        {(children.data?.length ?? 0) > 0 && (
          <>
            <h3 className="orgs-form-section">{t('orgActions.split.children')}</h3>
            <Form.List name="childAssignments">
              {(fields) =>
                fields.map((field, i) => {
                  const child = children.data?.[i];
                  return (
                    <Form.Item
                      key={field.key}
                      name={[field.name, 'toIndex']}
                      label={child?.name}
                      rules={[{ required: true, message: t('orgActions.split.childToRequired', { name: child?.name ?? '' }) }]}
                    >
                      <Select options={partOptions} placeholder={t('orgActions.split.childTo')} />
                    </Form.Item>
                  );
                })
              }
            </Form.List>
          </>
        )}

        <h3 className="orgs-form-section">{t('orgActions.split.members')}</h3>
        <Form.Item name="otherMembersToIndex" label={t('orgActions.split.others')} extra={t('orgActions.split.othersHelp')}>
          <Select allowClear options={partOptions} />
        </Form.Item>
        <Form.List name="memberAssignments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <div key={field.key} className="orgs-list-row">
                  <Form.Item name={[field.name, 'personId']} label={t('orgActions.split.person')} rules={[{ required: true, message: t('orgActions.split.personRequired') }]}>
                    <PersonPicker orgId={org.id} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'toIndex']} label={t('orgActions.split.to')} rules={[{ required: true, message: t('orgActions.split.toRequired') }]}>
                    <Select options={partOptions} />
                  </Form.Item>
                  <Button className="orgs-remove" aria-label={t('orgActions.dissolve.remove')} onClick={() => remove(field.name)}>
                    ✕
                  </Button>
                </div>
              ))}
              <Button id="org-split-add-member" onClick={() => add({})}>
                {t('orgActions.split.addAssignment')}
              </Button>
            </>
          )}
        </Form.List>
      </CommandForm>
    </>
  );
}

/** A new organization's parent (the split one's by default) and its kind, among those that parent may hold. */
function PartKind({ field, org }: { field: number; org: OrgDetailView }) {
  const { t } = useTranslation();
  const chosen = Form.useWatch(['into', field, 'parentId']) as string | undefined;
  const parentId = chosen || org.ancestors[0]?.id;
  const parentKind = useParentKind(parentId) as OrgKind | undefined;
  return (
    <>
      <Form.Item name={[field, 'parentId']} label={t('orgActions.split.partParent')} extra={t('orgActions.split.partParentHelp')}>
        <OrgPicker />
      </Form.Item>
      <KindItem name={[field, 'kind']} path={['into', field, 'kind']} parentKind={parentKind} />
    </>
  );
}
