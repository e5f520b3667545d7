import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { DISCIPLINE_INVALIDATES, fileDisciplineComplaint, type FileDisciplineComplaintBody } from '../../api/discipline';
import { formatLocalDate, todayInVietnam } from '../../format';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PenaltyTag } from './bits';
import { ResolvingLevelItem } from './resolving-level-item';
import { useDiscipline } from './use-discipline';

/** Nhận đơn khiếu nại kỷ luật: within one month of the decision being received (the service checks it, on the date field). */
export function ComplainDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, query } = useDiscipline();
  const [form] = Form.useForm<FileDisciplineComplaintBody>();
  const backTo = `/inspection/disciplines/${id}`;
  const d = query.data;
  return (
    <CommandDrawer title={t('discipline.complain.title')} backTo={backTo}>
      {!d ? (
        <Loading />
      ) : d.status !== 'in_force' ? (
        <Alert type="info" showIcon title={t('discipline.disciplinePage.notInForce')} />
      ) : (
        <>
          <p className="discipline-drawer-lead">
            <strong>{d.person?.fullName ?? ''}</strong> {d.decisionNumber} ({formatLocalDate(d.decidedOn)}) <PenaltyTag level={d.level} />
          </p>
          <CommandForm<FileDisciplineComplaintBody>
            form={form}
            name="complain"
            initialValues={{ receivedOn: todayInVietnam(), resolvingLevel: 'district' }}
            submit={(v) => fileDisciplineComplaint(id, { ...v, notifiedOn: v.notifiedOn || null, summary: v.summary.trim() })}
            submitLabel={t('discipline.complain.submit')}
            successMessage={t('discipline.complain.done')}
            invalidate={DISCIPLINE_INVALIDATES}
            onDone={() => navigate(backTo)}
          >
            <DateItem name="notifiedOn" label={t('discipline.complain.notifiedOn')} extra={t('discipline.complain.notifiedHint')} />
            <DateItem name="receivedOn" label={t('discipline.complain.receivedOn')} required />
            <Form.Item name="summary" label={t('discipline.complain.summary')} rules={[{ required: true, whitespace: true, message: t('discipline.complain.summaryRequired') }, { max: 4000 }]}>
              <Input.TextArea rows={5} />
            </Form.Item>
            <ResolvingLevelItem label={t('discipline.complain.resolvingLevel')} extra={t('discipline.complain.levelHint')} />
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
