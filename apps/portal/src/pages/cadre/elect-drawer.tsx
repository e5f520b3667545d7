import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { CADRE_INVALIDATES, COMMITTEE_KIND_VALUES, electCommittee, POSTS_OF, type CommitteeKind, type ElectBody, type Post } from '../../api/cadre';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { PersonPicker } from '../../ui/person-picker';
import { TermSelect } from './bits';
import { termOf } from './cadre-model';
import { useCadreLabels } from './use-labels';

type Values = Omit<ElectBody, 'seats' | 'holders'> & { seats?: Partial<Record<Post, number | null>>; holders: { personId?: string; post?: Post }[] };

/**
 * Ghi kết quả bầu cấp ủy (ủy ban kiểm tra) tại đại hội: the seats per post decided by the
 * congress and the people elected; the previous term's holders leave on the election day.
 */
export function ElectDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const kind = (Form.useWatch('kind', form) ?? 'executive') as CommitteeKind;
  const posts = POSTS_OF[kind];

  return (
    <CommandDrawer title={t('cadre.elect.title')} backTo={`/cadre/committees${search}`} width={720}>
      <CommandForm<Values, { id: string }>
        name="elect"
        form={form}
        initialValues={{ kind: 'executive', term: termOf(todayInVietnam()), holders: [{ post: 'secretary' }] }}
        submit={(v) =>
          electCommittee({
            orgId: v.orgId,
            kind: v.kind,
            term: v.term,
            electedOn: v.electedOn,
            decisionNumber: v.decisionNumber.trim(),
            decisionDate: v.decisionDate || null,
            seats: Object.fromEntries(posts.flatMap((p) => (typeof v.seats?.[p] === 'number' ? [[p, v.seats[p]]] : []))),
            holders: v.holders.map((h) => ({ personId: h.personId as string, post: h.post as Post })),
          })
        }
        submitLabel={t('cadre.elect.submit')}
        successMessage={t('cadre.elect.done')}
        invalidate={CADRE_INVALIDATES}
        onDone={(created) => navigate(`/cadre/committees/${created.id}`)}
      >
        <Form.Item name="orgId" label={t('cadre.org')} rules={[{ required: true, message: t('cadre.fields.orgRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('cadre.elect.kind')} rules={[{ required: true }]}>
          <Radio.Group options={COMMITTEE_KIND_VALUES.map((k) => ({ value: k, label: labels.kind(k) }))} onChange={() => form.setFieldValue('holders', [{ post: POSTS_OF[form.getFieldValue('kind') as CommitteeKind][0] }])} />
        </Form.Item>
        <Form.Item name="term" label={t('cadre.term')} rules={[{ required: true, message: t('cadre.fields.termRequired') }]}>
          <TermSelect />
        </Form.Item>
        <DateItem name="electedOn" label={t('cadre.elect.electedOn')} required extra={t('cadre.elect.electedOnHint')} />
        <Form.Item name="decisionNumber" label={t('cadre.elect.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.fields.decisionNumberRequired') }, { max: 60 }]}>
          <Input autoComplete="off" placeholder="215-QĐ/ĐUK" />
        </Form.Item>
        <DateItem name="decisionDate" label={t('cadre.elect.decisionDate')} extra={t('cadre.elect.decisionDateHint')} />
        <fieldset className="cadre-fieldset">
          <legend>{t('cadre.elect.seats')}</legend>
          <p className="muted">{t('cadre.elect.seatsHint')}</p>
          <Space wrap>
            {posts.map((p) => (
              <Form.Item key={p} name={['seats', p]} label={labels.post(p)}>
                <InputNumber min={0} max={200} precision={0} style={{ width: 120 }} />
              </Form.Item>
            ))}
          </Space>
        </fieldset>
        <fieldset className="cadre-fieldset">
          <legend>{t('cadre.elect.holders')}</legend>
          <Form.List name="holders">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <div key={field.key} className="cadre-row">
                    <Form.Item name={[field.name, 'personId']} label={t('cadre.elect.holder', { n: i + 1 })} rules={[{ required: true, message: t('cadre.fields.personRequired') }]} className="cadre-grow">
                      <PersonPicker status="official" />
                    </Form.Item>
                    <Form.Item name={[field.name, 'post']} label={t('cadre.fields.post')} rules={[{ required: true, message: t('cadre.fields.postRequired') }]}>
                      <Select style={{ width: 220 }} options={posts.map((p) => ({ value: p, label: labels.post(p) }))} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="text" className="cadre-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('cadre.elect.removeHolder', { n: i + 1 })} />
                    )}
                  </div>
                ))}
                <Button id="elect-add" icon={<PlusOutlined />} onClick={() => add({ post: posts[posts.length - 1] })}>
                  {t('cadre.elect.addHolder')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      </CommandForm>
    </CommandDrawer>
  );
}
