import { Divider, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { createPerson, type CreatePersonBody } from '../../api/members';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { IdentityFields, PlacementField, StatisticsFields } from './person-fields';

/** `/members/new`: a person not yet in the Party (quần chúng), then their record. */
export function NewPersonDrawer() {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreatePersonBody>();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (
    <CommandDrawer title={t('members.newPerson.title')} backTo={`/members${search}`} width={640}>
      <Typography.Paragraph type="secondary">{t('members.newPerson.intro')}</Typography.Paragraph>

        <CommandForm<CreatePersonBody, Awaited<ReturnType<typeof createPerson>>>
          form={form}
          submit={createPerson}
          submitLabel={t('members.newPerson.submit')}
          successMessage={(p) => t('members.newPerson.done', { name: p.fullName })}
          invalidate={[['members']]}
          onDone={(p) => navigate(`/members/${p.id}`)}
        >
          <PersonSections />
        </CommandForm>

    </CommandDrawer>
  );
}

/** Identity, education and work, and where the person is active: the record of anyone. */
export function PersonSections() {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start">{t('members.fields.identity')}</Divider>
      <IdentityFields />
      <Divider titlePlacement="start">{t('members.fields.statistics')}</Divider>
      <StatisticsFields />
      <Divider titlePlacement="start">{t('members.fields.placement')}</Divider>
      <PlacementField />
    </>
  );
}
