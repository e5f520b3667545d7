import { Alert, Form, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { transferTemporary, type TransferTemporaryBody } from '../../api/transfers';
import { formatLocalDate } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { CommitteeItem, CurrentOrg, LetterNumberItem, PersonItem, TRANSFER_INVALIDATE, useListBack, usePersonFromAddress } from './command-bits';
import { temporaryRange } from './transfer-model';

type Values = TransferTemporaryBody;

/**
 * Chuyển sinh hoạt tạm thời: to an organization of the bloc or a host outside it, 3 months to a
 * year (2 for study). The allowed end dates are shown as soon as the start and purpose are known.
 */
export function TransferTemporaryDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const backTo = useListBack();
  const [form] = Form.useForm<Values>();
  const [inBloc, setInBloc] = useState(true);
  const personId = Form.useWatch('personId', form);
  const startOn = Form.useWatch('startOn', form);
  const purpose = Form.useWatch('purpose', form) ?? 'work';
  const range = startOn ? temporaryRange(startOn, purpose) : null;

  return (
    <CommandDrawer title={t('transfers.commands.temporary')} backTo={backTo}>
      <Alert type="info" showIcon title={t('transfers.form.temporaryHelp')} className="drawer-help" />
      <CommandForm<Values, Awaited<ReturnType<typeof transferTemporary>>>
        form={form}
        initialValues={{ personId: usePersonFromAddress(), purpose: 'work' }}
        submit={(v) => transferTemporary(inBloc ? { ...v, toCommittee: undefined } : { ...v, toOrgId: undefined })}
        submitLabel={t('transfers.form.submitTemporary')}
        successMessage={(r) => t('transfers.form.done', { name: r.fullName })}
        invalidate={TRANSFER_INVALIDATE}
        onDone={(r) => navigate(`/transfers/${r.id}`)}
        ruleField="personId"
        fieldAliases={inBloc ? undefined : { toOrgId: 'toCommittee' }}
      >
        <PersonItem />
        <CurrentOrg personId={personId} />
        <Form.Item name="purpose" label={t('transfers.form.purpose')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'work', label: t('transfers.purpose.work') },
              { value: 'study', label: t('transfers.purpose.study') },
            ]}
            onChange={() => form.getFieldValue('untilOn') && void form.validateFields(['untilOn'])}
          />
        </Form.Item>
        <Form.Item label={t('transfers.form.destination')} required>
          <Radio.Group
            aria-label={t('transfers.form.destination')}
            value={inBloc}
            onChange={(e) => setInBloc(e.target.value as boolean)}
            options={[
              { value: true, label: t('transfers.form.inBloc') },
              { value: false, label: t('transfers.form.outsideBloc') },
            ]}
          />
        </Form.Item>
        {inBloc ? (
          <Form.Item name="toOrgId" label={t('transfers.form.toOrg')} rules={[{ required: true, message: t('transfers.form.toOrgRequired') }]}>
            <OrgPicker />
          </Form.Item>
        ) : (
          <CommitteeItem name="toCommittee" label={t('transfers.form.hostCommittee')} required={t('transfers.form.hostCommitteeRequired')} />
        )}
        <LetterNumberItem />
        <DateItem name="startOn" label={t('transfers.form.startOn')} required />
        <DateItem
          name="untilOn"
          label={t('transfers.form.untilOn')}
          required
          notFuture={false}
          extra={range && t('transfers.form.untilRange', { min: formatLocalDate(range.min), max: formatLocalDate(range.max), months: range.months })}
          rules={[
            {
              validator: (_: unknown, v?: string) => {
                if (!v || !range) return Promise.resolve();
                if (v < range.min) return Promise.reject(new Error(t('transfers.form.untilTooShort', { min: formatLocalDate(range.min) })));
                if (v > range.max) return Promise.reject(new Error(t('transfers.form.untilTooLong', { months: range.months, max: formatLocalDate(range.max) })));
                return Promise.resolve();
              },
            },
          ]}
        />
      </CommandForm>
    </CommandDrawer>
  );
}
