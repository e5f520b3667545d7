import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LEAVING_INVALIDATES, recordDeath, type DiedAnswer, type DiedBody } from '../../api/leaving';
import { formatLocalDate } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCommandPlace } from './command-place';
import { PERSON_ALIASES, PersonItem, useChosenName } from './person-item';

type Values = DiedBody & { personId: string };

/** Đảng viên từ trần (`/leaving/death`): dated by the death; the answer gives the notice's deadline. */
export function DeathDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { personId, backTo } = useCommandPlace();
  const [form] = Form.useForm<Values>();
  const name = useChosenName(form);

  return (
    <CommandDrawer title={t('leaving.death.title')} backTo={backTo}>
      <Alert type="info" showIcon title={t('leaving.death.intro')} style={{ marginBottom: 16 }} />
      <CommandForm<Values, DiedAnswer>
        form={form}
        initialValues={{ personId }}
        submit={({ personId: id, dateOfDeath, noticeSentOn }) => recordDeath(id, { dateOfDeath, noticeSentOn: noticeSentOn || null })}
        submitLabel={t('leaving.death.submit')}
        confirm={{ title: t('leaving.death.confirmTitle', { name }), description: t('leaving.death.confirmText') }}
        successMessage={(r) => t('leaving.death.done', { name: r.fullName, deadline: formatLocalDate(r.noticeDeadline) })}
        invalidate={LEAVING_INVALIDATES}
        fieldAliases={PERSON_ALIASES}
        ruleField="personId"
        onDone={() => navigate(backTo)}
      >
        <PersonItem />
        <DateItem name="dateOfDeath" label={t('leaving.death.dateOfDeath')} required />
        <DateItem
          name="noticeSentOn"
          label={t('leaving.death.noticeSentOn')}
          extra={t('leaving.death.noticeSentHelp')}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) => (v && getFieldValue('dateOfDeath') && v < getFieldValue('dateOfDeath') ? Promise.reject(new Error(t('leaving.death.noticeBeforeDeath'))) : Promise.resolve()),
            }),
          ]}
        />
      </CommandForm>
    </CommandDrawer>
  );
}
