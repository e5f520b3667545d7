import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CADRE_INVALIDATES, COMMITTEE_KIND_VALUES, fetchEntries, POSTS_OF, reviewPlanning, type CommitteeKind, type Post, type ReviewBody } from '../../api/cadre';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { PersonPicker } from '../../ui/person-picker';
import { termChoices } from './cadre-model';
import { useCadreLabels } from './use-labels';

type Addition = { orgId?: string; term?: string; committeeKind?: CommitteeKind; post?: Post; personId?: string };
type Values = Omit<ReviewBody, 'additions' | 'removals'> & { additions?: Addition[]; removals?: { entryId?: string; reason?: string }[] };

/**
 * Rà soát, bổ sung quy hoạch: one decision of an organization's committee over its own posts and
 * those of the organizations under it, for one or two terms — removals first (each with its
 * reason), then additions, each checked as a planning decision on the review's date.
 */
export function ReviewDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const orgId = Form.useWatch('orgId', form) as string | undefined;
  const terms = (Form.useWatch('terms', form) ?? []) as string[];
  const additions = (Form.useWatch('additions', form) ?? []) as Addition[];
  const planned = useQuery({
    queryKey: ['cadre', 'entries', 'inPlan', orgId],
    queryFn: ({ signal }) => fetchEntries({ orgId, status: 'in_plan', page: 1, pageSize: 500, sort: 'fullName' }, signal),
    enabled: Boolean(orgId),
  });
  const entryOptions = (planned.data?.items ?? [])
    .filter((e) => terms.length === 0 || terms.includes(e.term))
    .map((e) => ({ value: e.id, label: `${e.person.fullName ?? ''} — ${labels.post(e.post)}, ${e.orgName ?? ''} (${e.term})` }));
  const backTo = '/cadre/planning?view=reviews';

  return (
    <CommandDrawer title={t('cadre.review.title')} backTo={backTo} width={760}>
      <CommandForm<Values, { id: string }>
        name="review"
        form={form}
        initialValues={{ terms: [termChoices(todayInVietnam())[1]], additions: [], removals: [] }}
        submit={(v) =>
          reviewPlanning({
            orgId: v.orgId,
            title: v.title.trim(),
            terms: v.terms,
            decisionNumber: v.decisionNumber.trim(),
            decidedOn: v.decidedOn,
            note: v.note?.trim() || null,
            removals: (v.removals ?? []).map((r) => ({ entryId: r.entryId as string, reason: (r.reason ?? '').trim() })),
            additions: (v.additions ?? []).map((a) => ({ orgId: a.orgId ?? null, term: a.term as string, committeeKind: a.committeeKind as CommitteeKind, post: a.post as Post, personId: a.personId as string })),
          })
        }
        submitLabel={t('cadre.review.submit')}
        successMessage={t('cadre.review.done')}
        invalidate={CADRE_INVALIDATES}
        onDone={() => navigate(backTo)}
      >
        <Form.Item name="orgId" label={t('cadre.review.org')} rules={[{ required: true, message: t('cadre.fields.orgRequired') }]} extra={t('cadre.review.orgHint')}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="title" label={t('cadre.review.titleField')} rules={[{ required: true, whitespace: true, message: t('cadre.review.titleRequired') }, { max: 500 }]}>
          <Input placeholder={t('cadre.review.titlePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="terms"
          label={t('cadre.review.terms')}
          rules={[
            { required: true, message: t('cadre.fields.termRequired') },
            { validator: (_, v?: string[]) => ((v ?? []).length > 2 ? Promise.reject(new Error(t('cadre.review.twoTerms'))) : Promise.resolve()) },
          ]}
        >
          <Select mode="multiple" options={termChoices(todayInVietnam()).map((term) => ({ value: term, label: term }))} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t('cadre.fields.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.fields.decisionNumberRequired') }, { max: 60 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <DateItem name="decidedOn" label={t('cadre.fields.decisionDate')} required />
        <fieldset className="cadre-fieldset">
          <legend>{t('cadre.review.removals')}</legend>
          <Form.List name="removals">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <div key={field.key} className="cadre-row">
                    <Form.Item name={[field.name, 'entryId']} label={t('cadre.review.entry', { n: i + 1 })} rules={[{ required: true, message: t('cadre.review.entryRequired') }]} className="cadre-grow">
                      <Select showSearch={{ optionFilterProp: 'label' }} options={entryOptions} loading={planned.isFetching} notFoundContent={orgId ? undefined : t('cadre.review.orgFirst')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'reason']} label={t('cadre.review.reason')} rules={[{ required: true, whitespace: true, message: t('cadre.review.reasonRequired') }, { max: 500 }]}>
                      <Input style={{ width: 220 }} />
                    </Form.Item>
                    <Button type="text" className="cadre-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('cadre.review.removeRow', { n: i + 1 })} />
                  </div>
                ))}
                <Button id="review-add-removal" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('cadre.review.addRemoval')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <fieldset className="cadre-fieldset">
          <legend>{t('cadre.review.additions')}</legend>
          <Form.List name="additions">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => {
                  const kind = additions[i]?.committeeKind;
                  return (
                    <div key={field.key} className="cadre-addition">
                      <div className="cadre-row">
                        <Form.Item name={[field.name, 'orgId']} label={t('cadre.review.additionOrg', { n: i + 1 })} extra={t('cadre.review.additionOrgHint')} className="cadre-grow">
                          <OrgPicker />
                        </Form.Item>
                        <Form.Item name={[field.name, 'term']} label={t('cadre.term')} rules={[{ required: true, message: t('cadre.fields.termRequired') }]}>
                          <Select style={{ width: 140 }} options={terms.map((term) => ({ value: term, label: term }))} />
                        </Form.Item>
                      </div>
                      <div className="cadre-row">
                        <Form.Item name={[field.name, 'committeeKind']} label={t('cadre.board.kind')} rules={[{ required: true }]}>
                          <Select style={{ width: 220 }} options={COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'post']} label={t('cadre.fields.post')} rules={[{ required: true, message: t('cadre.fields.postRequired') }]}>
                          <Select style={{ width: 260 }} options={(kind ? POSTS_OF[kind] : []).map((p) => ({ value: p, label: labels.post(p) }))} />
                        </Form.Item>
                      </div>
                      <div className="cadre-row">
                        <Form.Item name={[field.name, 'personId']} label={t('cadre.review.person', { n: i + 1 })} rules={[{ required: true, message: t('cadre.fields.personRequired') }]} className="cadre-grow">
                          <PersonPicker status="official" />
                        </Form.Item>
                        <Button type="text" className="cadre-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('cadre.review.removeRow', { n: i + 1 })} />
                      </div>
                    </div>
                  );
                })}
                <Button id="review-add-addition" icon={<PlusOutlined />} onClick={() => add({ committeeKind: 'executive', term: terms[0] })}>
                  {t('cadre.review.addAddition')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <Form.Item name="note" label={t('cadre.fields.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
