import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { transferOut, type TransferOutBody } from '../../api/transfers';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { CommitteeItem, CurrentOrg, LetterNumberItem, PersonItem, TRANSFER_INVALIDATE, useListBack, usePersonFromAddress } from './command-bits';

/** Chuyển sinh hoạt ra ngoài Đảng bộ Khối: effective (and final) on the letter date, so it asks first. */
export function TransferOutDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const backTo = useListBack();
  const [form] = Form.useForm<TransferOutBody>();
  const personId = Form.useWatch('personId', form);
  return (
    <CommandDrawer title={t('transfers.commands.out')} backTo={backTo}>
      <CommandForm<TransferOutBody, Awaited<ReturnType<typeof transferOut>>>
        form={form}
        initialValues={{ personId: usePersonFromAddress() }}
        submit={transferOut}
        submitLabel={t('transfers.form.submitOut')}
        confirm={{ title: t('transfers.form.confirmOutNoName'), description: t('transfers.form.confirmOutDescription') }}
        successMessage={(r) => t('transfers.form.done', { name: r.fullName })}
        invalidate={TRANSFER_INVALIDATE}
        onDone={(r) => navigate(`/transfers/${r.id}`)}
        ruleField="personId"
      >
        <PersonItem />
        <CurrentOrg personId={personId} />
        <CommitteeItem name="toCommittee" label={t('transfers.form.toCommittee')} required={t('transfers.form.toCommitteeRequired')} />
        <LetterNumberItem />
        <DateItem name="issuedOn" label={t('transfers.form.issuedOnOut')} required />
      </CommandForm>
    </CommandDrawer>
  );
}
