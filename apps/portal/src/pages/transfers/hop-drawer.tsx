import { Alert, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { recordHop, type HopBody } from '../../api/transfers';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { CommitteeItem, TRANSFER_INVALIDATE, useTransferBack } from './command-bits';
import { commandsFor, LETTER_BOXES } from './transfer-model';
import { useTransfer } from './use-transfer';

/** The next box of the introduction letter: the committee it passed through (in the bloc or not) and the day. */
export function HopDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, transfer } = useTransfer();
  const backTo = useTransferBack(id);
  const [form] = Form.useForm<HopBody>();
  const [inBloc, setInBloc] = useState(true);
  const tr = transfer.data;
  return (
    <CommandDrawer title={t('transfers.commands.hops')} backTo={backTo}>
      {!tr ? (
        <Loading />
      ) : !commandsFor(tr).hops ? (
        <Alert type="warning" showIcon title={tr.hops.length >= LETTER_BOXES ? t('transfers.form.lettersFull') : t('transfers.form.notInTransit')} />
      ) : (
        <>
          <p>
            <strong>{tr.fullName}</strong> · {t('transfers.form.nextBox', { n: tr.hops.length + 1 })}
          </p>
          <CommandForm<HopBody>
            form={form}
            submit={(v) => recordHop(id, inBloc ? { ...v, viaCommittee: undefined } : { ...v, viaOrgId: undefined })}
            submitLabel={t('transfers.form.submitHop')}
            invalidate={TRANSFER_INVALIDATE}
            onDone={() => navigate(backTo)}
            fieldAliases={inBloc ? undefined : { viaOrgId: 'viaCommittee' }}
          >
            <Form.Item label={t('transfers.form.via')} required>
              <Radio.Group
                aria-label={t('transfers.form.via')}
                value={inBloc}
                onChange={(e) => setInBloc(e.target.value as boolean)}
                options={[
                  { value: true, label: t('transfers.form.inBloc') },
                  { value: false, label: t('transfers.form.outsideBloc') },
                ]}
              />
            </Form.Item>
            {inBloc ? (
              <Form.Item name="viaOrgId" label={t('transfers.form.viaOrg')} rules={[{ required: true, message: t('transfers.form.viaOrgRequired') }]}>
                <OrgPicker />
              </Form.Item>
            ) : (
              <CommitteeItem name="viaCommittee" label={t('transfers.form.viaCommittee')} required={t('transfers.form.viaCommitteeRequired')} />
            )}
            <DateItem name="receivedOn" label={t('transfers.form.receivedOn')} required />
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
