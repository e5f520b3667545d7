import { Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { transferIn, type TransferInBody } from '../../api/transfers';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { CommitteeItem, LetterNumberItem, PersonItem, TRANSFER_INVALIDATE, useListBack, usePersonFromAddress } from './command-bits';
import { ArrivingPersonFields } from './arriving-person-fields';

/**
 * Tiếp nhận đảng viên chuyển đến: effective on the day the receiving organization accepts the
 * letter. The person is either known here (left the bloc earlier) or entered from the dossier.
 */
export function TransferInDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const backTo = useListBack();
  const preset = usePersonFromAddress();
  const [form] = Form.useForm<TransferInBody>();
  const [known, setKnown] = useState(Boolean(preset));

  return (
    <CommandDrawer title={t('transfers.commands.in')} backTo={backTo} width={680}>
      <CommandForm<TransferInBody, Awaited<ReturnType<typeof transferIn>>>
        form={form}
        initialValues={{ personId: preset }}
        submit={(v) => transferIn(known ? { ...v, person: undefined } : { ...v, personId: undefined })}
        submitLabel={t('transfers.form.submitIn')}
        successMessage={(r) => t('transfers.form.done', { name: r.fullName })}
        invalidate={TRANSFER_INVALIDATE}
        onDone={(r) => navigate(`/transfers/${r.id}`)}
        ruleField={known ? 'personId' : undefined}
        fieldAliases={known ? undefined : { personId: ['person', 'fullName'], person: ['person', 'fullName'] }}
      >
        <Form.Item label={t('transfers.form.who')} required>
          <Radio.Group
            aria-label={t('transfers.form.who')}
            value={known}
            onChange={(e) => setKnown(e.target.value as boolean)}
            options={[
              { value: false, label: t('transfers.form.newPerson') },
              { value: true, label: t('transfers.form.known') },
            ]}
          />
        </Form.Item>
        {known ? <PersonItem /> : <ArrivingPersonFields />}
        <h3 className="form-section-title">{t('transfers.form.letterPart')}</h3>
        <CommitteeItem name="fromCommittee" label={t('transfers.form.fromCommittee')} required={t('transfers.form.fromCommitteeRequired')} />
        <Form.Item name="toOrgId" label={t('transfers.form.receivingOrg')} rules={[{ required: true, message: t('transfers.form.toOrgRequired') }]}>
          <OrgPicker />
        </Form.Item>
        <LetterNumberItem />
        <DateItem name="issuedOn" label={t('transfers.form.issuedOn')} required />
        <DateItem name="arrivedOn" label={t('transfers.form.arrivedOn')} required />
        <DateItem name="activityStartedOn" label={t('transfers.form.activityStartedOn')} />
        <DateItem name="dossierReceivedOn" label={t('transfers.form.dossierReceivedOn')} />
      </CommandForm>
    </CommandDrawer>
  );
}
