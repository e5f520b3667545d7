import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { transferInternal, type TransferInternalBody } from '../../api/transfers';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { CurrentOrg, LetterNumberItem, PersonItem, TRANSFER_INVALIDATE, useListBack, usePersonFromAddress } from './command-bits';

/** Chuyển sinh hoạt nội bộ: the member leaves the source and is in transit until the arrival is recorded. */
export function TransferInternalDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const backTo = useListBack();
  const [form] = Form.useForm<TransferInternalBody>();
  const personId = Form.useWatch('personId', form);
  return (
    <CommandDrawer title={t('transfers.commands.internal')} backTo={backTo}>
      <Alert type="info" showIcon title={t('transfers.form.internalHelp')} className="drawer-help" />
      <CommandForm<TransferInternalBody, Awaited<ReturnType<typeof transferInternal>>>
        form={form}
        initialValues={{ personId: usePersonFromAddress() }}
        submit={transferInternal}
        submitLabel={t('transfers.form.submitInternal')}
        successMessage={(r) => t('transfers.form.done', { name: r.fullName })}
        invalidate={TRANSFER_INVALIDATE}
        onDone={(r) => navigate(`/transfers/${r.id}`)}
        ruleField="personId"
      >
        <PersonItem />
        <CurrentOrg personId={personId} />
        <Form.Item name="toOrgId" label={t('transfers.form.toOrg')} rules={[{ required: true, message: t('transfers.form.toOrgRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <LetterNumberItem />
        <DateItem name="departedOn" label={t('transfers.form.departedOn')} required />
      </CommandForm>
    </CommandDrawer>
  );
}
