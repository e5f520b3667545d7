import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { arrive, type ArriveBody } from '../../api/transfers';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { TRANSFER_INVALIDATE, useTransferBack } from './command-bits';
import { Place } from './transfer-bits';
import { commandsFor } from './transfer-model';
import { useTransfer } from './use-transfer';

/** The member presents the letter at the destination: the transfer takes effect that day. */
export function ArriveDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, transfer } = useTransfer();
  const backTo = useTransferBack(id);
  const [form] = Form.useForm<ArriveBody>();
  const tr = transfer.data;
  return (
    <CommandDrawer title={t('transfers.commands.arrive')} backTo={backTo}>
      {!tr ? (
        <Loading />
      ) : !commandsFor(tr).arrive ? (
        <Alert type="warning" showIcon title={t('transfers.form.notInTransit')} />
      ) : (
        <>
          <p>
            <strong>{tr.fullName}</strong> → <Place orgId={tr.toOrgId} committee={tr.toCommittee} />
          </p>
          <Alert type="info" showIcon title={t('transfers.form.arriveHelp')} className="drawer-help" />
          <CommandForm<ArriveBody>
            form={form}
            submit={(v) => arrive(id, v)}
            submitLabel={t('transfers.form.submitArrive')}
            invalidate={TRANSFER_INVALIDATE}
            onDone={() => navigate(backTo)}
          >
            <DateItem name="arrivedOn" label={t('transfers.form.arrivedOnArrive')} required />
            <DateItem name="activityStartedOn" label={t('transfers.form.activityStartedOn')} />
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
