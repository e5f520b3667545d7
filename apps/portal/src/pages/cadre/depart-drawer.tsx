import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { CADRE_INVALIDATES, DECIDING_BODY_VALUES, DEPARTURE_REASON_VALUES, fetchCommittee, recordDeparture, type DepartureBody } from '../../api/cadre';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCadreLabels } from './use-labels';

/** Ghi việc thôi giữ chức danh: the holder leaves on the decision date; the seat is vacant until a consolidation fills it. */
export function DepartDrawer() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const labels = useCadreLabels();
  const [form] = Form.useForm<DepartureBody>();
  const committee = useQuery({ queryKey: ['cadre', 'committee', id, undefined], queryFn: ({ signal }) => fetchCommittee(id, undefined, signal) });
  const holders = (committee.data?.posts ?? []).flatMap((s) => s.holders.map((h) => ({ value: h.person.personId, label: `${h.person.fullName ?? h.person.personId} — ${labels.post(s.post)}` })));
  return (
    <CommandDrawer title={t('cadre.depart.title')} backTo={`/cadre/committees/${id}`} width={600}>
      {committee.isPending ? (
        <Loading />
      ) : committee.isError ? (
        <ErrorNotice error={committee.error} />
      ) : (
        <CommandForm<DepartureBody, { id: string }>
          name="depart"
          form={form}
          initialValues={{ decidingBody: 'superior_standing_committee' }}
          submit={(v) => recordDeparture(id, { ...v, decisionNumber: v.decisionNumber.trim() })}
          submitLabel={t('cadre.depart.submit')}
          successMessage={t('cadre.depart.done')}
          invalidate={CADRE_INVALIDATES}
          onDone={() => navigate(`/cadre/committees/${id}`)}
        >
          <Form.Item name="personId" label={t('cadre.depart.holder')} rules={[{ required: true, message: t('cadre.fields.personRequired') }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={holders} />
          </Form.Item>
          <Form.Item name="reason" label={t('cadre.depart.reason')} rules={[{ required: true, message: t('cadre.consolidate.reasonRequired') }]}>
            <Select options={DEPARTURE_REASON_VALUES.map((r) => ({ value: r, label: labels.endReason(r) }))} />
          </Form.Item>
          <Form.Item name="decisionNumber" label={t('cadre.fields.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.fields.decisionNumberRequired') }, { max: 60 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <DateItem name="decisionDate" label={t('cadre.depart.date')} required />
          <Form.Item name="decidingBody" label={t('cadre.fields.decidingBody')} rules={[{ required: true }]}>
            <Select options={DECIDING_BODY_VALUES.map((b) => ({ value: b, label: labels.body(b) }))} />
          </Form.Item>
        </CommandForm>
      )}
    </CommandDrawer>
  );
}
