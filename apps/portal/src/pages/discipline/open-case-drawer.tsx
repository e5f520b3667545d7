import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { DISCIPLINE_INVALIDATES, openCase, type OpenCaseBody } from '../../api/discipline';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';

/** Mở vụ kiểm tra: the member, the inspection decision (number, date) and the signs of violation. */
export function OpenCaseDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<OpenCaseBody>();
  const backTo = `/inspection/cases${search}`;
  return (
    <CommandDrawer title={t('discipline.openCase.title')} backTo={backTo}>
      <Alert type="info" showIcon className="discipline-drawer-lead" title={t('discipline.openCase.holdsTransfer')} />
      <CommandForm<OpenCaseBody, { id: string }>
        form={form}
        name="open-case"
        initialValues={{ openedOn: todayInVietnam() }}
        submit={(v) => openCase({ ...v, decisionNumber: v.decisionNumber.trim(), grounds: v.grounds.trim() })}
        submitLabel={t('discipline.openCase.submit')}
        successMessage={t('discipline.openCase.done')}
        invalidate={DISCIPLINE_INVALIDATES}
        onDone={(r) => navigate(`/inspection/cases/${r.id}`)}
      >
        <Form.Item name="personId" label={t('discipline.openCase.person')} rules={[{ required: true, message: t('discipline.openCase.personRequired') }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('discipline.openCase.decisionNumber')}
          extra={t('discipline.openCase.decisionNumberHint')}
          rules={[{ required: true, whitespace: true, message: t('discipline.openCase.decisionNumberRequired') }, { max: 60 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <DateItem name="openedOn" label={t('discipline.openCase.openedOn')} required />
        <Form.Item
          name="grounds"
          label={t('discipline.openCase.grounds')}
          extra={t('discipline.openCase.groundsHint')}
          rules={[{ required: true, whitespace: true, message: t('discipline.openCase.groundsRequired') }, { max: 4000 }]}
        >
          <Input.TextArea rows={5} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
