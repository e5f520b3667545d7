import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { DISCIPLINE_INVALIDATES, fileComplaint, type FileComplaintBody } from '../../api/discipline';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';
import { ResolvingLevelItem } from './resolving-level-item';

/** Nhận đơn tố cáo, khiếu nại: its deadline follows from the day received and the level settling it. */
export function FileComplaintDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<FileComplaintBody>();
  const backTo = `/inspection/complaints${search}`;
  return (
    <CommandDrawer title={t('discipline.fileComplaint.title')} backTo={backTo}>
      <p className="muted discipline-drawer-lead">{t('discipline.fileComplaint.disciplineNote')}</p>
      <CommandForm<FileComplaintBody>
        form={form}
        name="file-complaint"
        initialValues={{ kind: 'to_cao', receivedOn: todayInVietnam(), resolvingLevel: 'district' }}
        submit={(v) => fileComplaint({ ...v, complainant: v.complainant?.trim() || null, summary: v.summary.trim() })}
        submitLabel={t('discipline.fileComplaint.submit')}
        successMessage={t('discipline.fileComplaint.done')}
        invalidate={DISCIPLINE_INVALIDATES}
        onDone={() => navigate(backTo)}
      >
        <Form.Item name="kind" label={t('discipline.fileComplaint.kind')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'to_cao', label: t('discipline.kind.to_cao') },
              { value: 'khieu_nai', label: t('discipline.kind.khieu_nai') },
            ]}
          />
        </Form.Item>
        <Form.Item name="personId" label={t('discipline.fileComplaint.person')} rules={[{ required: true, message: t('discipline.fileComplaint.personRequired') }]}>
          <PersonPicker />
        </Form.Item>
        <DateItem name="receivedOn" label={t('discipline.fileComplaint.receivedOn')} required />
        <Form.Item name="complainant" label={t('discipline.fileComplaint.complainant')} extra={t('discipline.fileComplaint.complainantHint')} rules={[{ max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="summary" label={t('discipline.fileComplaint.summary')} rules={[{ required: true, whitespace: true, message: t('discipline.fileComplaint.summaryRequired') }, { max: 4000 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <ResolvingLevelItem label={t('discipline.fileComplaint.resolvingLevel')} extra={t('discipline.complain.levelHint')} />
      </CommandForm>
    </CommandDrawer>
  );
}
