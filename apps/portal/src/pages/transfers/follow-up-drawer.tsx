import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { followUp, type FollowUpBody } from '../../api/transfers';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { TRANSFER_INVALIDATE, useTransferBack } from './command-bits';
import { useTransfer } from './use-transfer';

/** After the arrival: the day activity started at the new place, the day the dossier was handed over. */
export function FollowUpDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, transfer } = useTransfer();
  const backTo = useTransferBack(id);
  const [form] = Form.useForm<FollowUpBody>();
  const tr = transfer.data;
  const followed = tr && (tr.kind === 'internal' || tr.kind === 'in') && tr.arrivedOn;
  const oneOfTwo = {
    validator: () => (form.getFieldValue('activityStartedOn') || form.getFieldValue('dossierReceivedOn') ? Promise.resolve() : Promise.reject(new Error(t('transfers.form.followUpOne')))),
  };
  return (
    <CommandDrawer title={t('transfers.commands.followUp')} backTo={backTo}>
      {!tr ? (
        <Loading />
      ) : !followed ? (
        <Alert type="warning" showIcon title={t('transfers.form.noFollowUp')} />
      ) : (
        <>
          <p>
            <strong>{tr.fullName}</strong>
          </p>
          <CommandForm<FollowUpBody>
            form={form}
            initialValues={{ activityStartedOn: tr.activityStartedOn ?? undefined, dossierReceivedOn: tr.dossierReceivedOn ?? undefined }}
            submit={(v) => followUp(id, { activityStartedOn: v.activityStartedOn || undefined, dossierReceivedOn: v.dossierReceivedOn || undefined })}
            submitLabel={t('transfers.form.submitFollowUp')}
            invalidate={TRANSFER_INVALIDATE}
            onDone={() => navigate(backTo)}
          >
            <DateItem name="activityStartedOn" label={t('transfers.form.activityStartedOn')} rules={[oneOfTwo]} />
            <DateItem name="dossierReceivedOn" label={t('transfers.form.dossierReceivedOn')} />
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
