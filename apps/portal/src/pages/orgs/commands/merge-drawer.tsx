import { Button, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { mergeOrgs, type MergeOrgsBody } from '../../../api/orgs';
import type { OrgDecision } from '../../../api/orgs';
import { formatLocalDate } from '../../../format';
import { CommandForm } from '../../../ui/command-form';
import { OrgPicker } from '../../../ui/org-picker';
import { KindItem, useParentKind } from './kind-select';
import { DecisionFields, NameItem, ORG_DECISION_INVALIDATES, OrgCommandDrawer, useAfterDecision } from './org-command';

interface MergeValues extends MergeOrgsBody {
  /** Sáp nhập into an existing organization, or hợp nhất into a new one. */
  mode: 'into' | 'new';
}

/**
 * Hợp nhất, sáp nhập (`/orgs/merge`): several organizations end into one — an existing one or a
 * new one — with their children and members. Asks first.
 */
export function MergeDrawer() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form] = Form.useForm<MergeValues>();
  const values = Form.useWatch([], form) as Partial<MergeValues> | undefined;
  const mode = values?.mode ?? 'into';
  const parentKind = useParentKind(values?.newOrg?.parentId);
  const after = useAfterDecision();
  const sources = (values?.sourceIds ?? []).filter(Boolean).length;
  const first = params.get('source');
  return (
    <OrgCommandDrawer title={t('orgActions.merge.title')} width={640}>
      <p>{t('orgActions.merge.intro')}</p>
      <CommandForm<MergeValues, OrgDecision>
        form={form}
        initialValues={{ mode: 'into', sourceIds: first ? [first, ''] : ['', ''] }}
        submit={({ mode: m, ...v }) =>
          mergeOrgs({
            ...v,
            intoOrgId: m === 'into' ? v.intoOrgId : undefined,
            newOrg: m === 'new' ? v.newOrg : undefined,
            membersTo: v.membersTo || undefined,
          })
        }
        submitLabel={t('orgActions.merge.submit')}
        confirm={{
          title: t('orgActions.merge.confirmTitle', { count: sources }),
          description: t('orgActions.merge.confirm', { date: formatLocalDate(values?.effectiveOn), number: values?.decisionNumber ?? '' }),
        }}
        successMessage={t('orgActions.merge.done')}
        invalidate={ORG_DECISION_INVALIDATES}
        fieldAliases={{ sourceIds: ['sourceIds', 0] }}
        onDone={(r) => after(r)}
      >
        <h3 className="orgs-form-section">{t('orgActions.merge.sources')}</h3>
        <Form.List name="sourceIds">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <div key={field.key} className="orgs-list-row">
                  <Form.Item name={field.name} label={t('orgActions.merge.source', { n: i + 1 })} rules={[{ required: true, message: t('orgActions.merge.sourceRequired') }]}>
                    <OrgPicker />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button className="orgs-remove" aria-label={`${t('orgActions.merge.removeSource')} ${i + 1}`} onClick={() => remove(field.name)}>
                      ✕
                    </Button>
                  )}
                </div>
              ))}
              <Button id="org-merge-add-source" onClick={() => add('')}>
                {t('orgActions.merge.addSource')}
              </Button>
            </>
          )}
        </Form.List>

        <Form.Item name="mode" label={t('orgActions.merge.mode')} className="orgs-form-section">
          <Radio.Group
            options={[
              { value: 'into', label: t('orgActions.merge.modeInto') },
              { value: 'new', label: t('orgActions.merge.modeNew') },
            ]}
          />
        </Form.Item>
        {mode === 'into' ? (
          <Form.Item name="intoOrgId" label={t('orgActions.merge.into')} rules={[{ required: true, message: t('orgActions.merge.intoRequired') }]}>
            <OrgPicker />
          </Form.Item>
        ) : (
          <fieldset className="orgs-fieldset">
            <legend>{t('orgActions.merge.newOrg')}</legend>
            <Form.Item name={['newOrg', 'parentId']} label={t('orgActions.fields.parent')} rules={[{ required: true, message: t('orgActions.fields.parentRequired') }]}>
              <OrgPicker />
            </Form.Item>
            <KindItem name={['newOrg', 'kind']} parentKind={parentKind} />
            <NameItem name={['newOrg', 'name']} />
          </fieldset>
        )}
        <Form.Item name="membersTo" label={t('orgActions.fields.membersTo')} extra={t('orgActions.merge.membersToHelp')}>
          <OrgPicker />
        </Form.Item>
        <DecisionFields />
      </CommandForm>
    </OrgCommandDrawer>
  );
}
