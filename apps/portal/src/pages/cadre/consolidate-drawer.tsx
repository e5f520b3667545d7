import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import {
  CADRE_INVALIDATES,
  consolidate,
  CONSOLIDATION_MODE_VALUES,
  DECIDING_BODY_VALUES,
  DEPARTURE_REASON_VALUES,
  fetchCommittee,
  POSTS_OF,
  type CommitteeDetail,
  type ConsolidateBody,
  type ConsolidationItemBody,
} from '../../api/cadre';
import { formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';
import { useCadreLabels } from './use-labels';

type Item = Partial<ConsolidationItemBody>;
type Values = Omit<ConsolidateBody, 'items'> & { items: Item[] };

/**
 * Ghi quyết định kiện toàn: one decision naming several people, each filling a vacancy, adding a
 * seat and its holder, or replacing a holder (who leaves that day, with the reason). The cadre
 * service checks each on the decision date (inside the term, an official member, a vacancy to
 * fill, the replaced holder on the post) and refuses under the line at fault, writing nothing.
 */
export function ConsolidateDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const committee = useQuery({ queryKey: ['cadre', 'committee', id, undefined], queryFn: ({ signal }) => fetchCommittee(id, undefined, signal) });
  return (
    <CommandDrawer title={t('cadre.consolidate.title')} backTo={`/cadre/committees/${id}`} width={720}>
      {committee.isPending ? <Loading /> : committee.isError ? <ErrorNotice error={committee.error} /> : <ConsolidateForm committee={committee.data} />}
    </CommandDrawer>
  );
}

function ConsolidateForm({ committee: c }: { committee: CommitteeDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const items = (Form.useWatch('items', form) ?? []) as Item[];
  const posts = POSTS_OF[c.kind];
  const slot = (post: Item['post']) => c.posts.find((s) => s.post === post);

  return (
    <>
      <p className="cadre-drawer-context">
        {t('cadre.committee.title', { kind: labels.kind(c.kind), org: c.orgName ?? t('cadre.unknownOrg'), term: c.term })}
      </p>
      <p className="muted">
        {t('cadre.consolidate.vacanciesNow', {
          list: c.posts.filter((s) => s.vacancies > 0).map((s) => `${labels.post(s.post)}: ${formatNumber(s.vacancies)}`).join('; ') || t('cadre.consolidate.noVacancy'),
        })}
      </p>
      <CommandForm<Values, { id: string }>
        name="consolidate"
        form={form}
        initialValues={{ decidingBody: 'superior_standing_committee', items: [{ mode: 'fill' }] }}
        submit={(v) =>
          consolidate(c.id, {
            decisionNumber: v.decisionNumber.trim(),
            decisionDate: v.decisionDate,
            decidingBody: v.decidingBody,
            note: v.note?.trim() || null,
            items: v.items.map((it) => ({
              mode: it.mode as ConsolidationItemBody['mode'],
              post: it.post as ConsolidationItemBody['post'],
              personId: it.personId as string,
              replacesPersonId: it.mode === 'replace' ? (it.replacesPersonId ?? null) : null,
              reason: it.mode === 'replace' ? (it.reason ?? null) : null,
            })),
          })
        }
        submitLabel={t('cadre.consolidate.submit')}
        successMessage={t('cadre.consolidate.done')}
        invalidate={CADRE_INVALIDATES}
        onDone={() => navigate(`/cadre/committees/${c.id}`)}
      >
        <Form.Item name="decisionNumber" label={t('cadre.fields.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.fields.decisionNumberRequired') }, { max: 60 }]}>
          <Input autoComplete="off" placeholder="512-QĐ/ĐUK" />
        </Form.Item>
        <DateItem name="decisionDate" label={t('cadre.fields.decisionDate')} required extra={t('cadre.consolidate.dateHint')} />
        <Form.Item name="decidingBody" label={t('cadre.fields.decidingBody')} rules={[{ required: true }]}>
          <Select options={DECIDING_BODY_VALUES.map((b) => ({ value: b, label: labels.body(b) }))} />
        </Form.Item>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => {
                const it = items[i] ?? {};
                const s = slot(it.post);
                return (
                  <fieldset key={field.key} className="cadre-fieldset">
                    <legend>{t('cadre.consolidate.person', { n: i + 1 })}</legend>
                    <div className="cadre-row">
                      <Form.Item name={[field.name, 'mode']} label={t('cadre.consolidate.mode')} rules={[{ required: true, message: t('cadre.consolidate.modeRequired') }]}>
                        <Select style={{ width: 220 }} options={CONSOLIDATION_MODE_VALUES.map((m) => ({ value: m, label: labels.mode(m) }))} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'post']}
                        label={t('cadre.fields.post')}
                        rules={[{ required: true, message: t('cadre.fields.postRequired') }]}
                        extra={s && it.mode === 'fill' ? t('cadre.consolidate.slot', { holders: formatNumber(s.holders.length), seats: formatNumber(s.seats), vacancies: formatNumber(s.vacancies) }) : undefined}
                      >
                        <Select style={{ width: 260 }} options={posts.map((p) => ({ value: p, label: labels.post(p) }))} />
                      </Form.Item>
                    </div>
                    <Form.Item name={[field.name, 'personId']} label={t('cadre.consolidate.personId')} rules={[{ required: true, message: t('cadre.fields.personRequired') }]}>
                      <PersonPicker status="official" />
                    </Form.Item>
                    {it.mode === 'replace' && (
                      <div className="cadre-row">
                        <Form.Item name={[field.name, 'replacesPersonId']} label={t('cadre.consolidate.replaces')} rules={[{ required: true, message: t('cadre.consolidate.replacesRequired') }]}>
                          <Select
                            style={{ width: 300 }}
                            placeholder={s && s.holders.length === 0 ? t('cadre.consolidate.nobodyHolds') : undefined}
                            options={(s?.holders ?? []).map((h) => ({ value: h.person.personId, label: h.person.fullName ?? h.person.personId }))}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'reason']} label={t('cadre.consolidate.reason')} rules={[{ required: true, message: t('cadre.consolidate.reasonRequired') }]}>
                          <Select style={{ width: 220 }} options={DEPARTURE_REASON_VALUES.map((r) => ({ value: r, label: labels.endReason(r) }))} />
                        </Form.Item>
                      </div>
                    )}
                    {fields.length > 1 && (
                      <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)}>
                        {t('cadre.consolidate.removePerson', { n: i + 1 })}
                      </Button>
                    )}
                  </fieldset>
                );
              })}
              <Button id="consolidate-add" icon={<PlusOutlined />} onClick={() => add({ mode: 'fill' })} className="cadre-add">
                {t('cadre.consolidate.addPerson')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('cadre.fields.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </CommandForm>
    </>
  );
}
