import { Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../../ui/person-picker';
import { useMember } from '../probation/use-member';

/**
 * The member a leaving command is about. Named `personId`: the services name this field when they
 * refuse because of the person (no longer a member, under inspection…), so the refusal shows here.
 */
export function PersonItem() {
  const { t } = useTranslation();
  return (
    <Form.Item name="personId" label={t('leaving.person.label')} extra={t('leaving.person.help')} rules={[{ required: true, message: t('leaving.person.required') }]}>
      <PersonPicker />
    </Form.Item>
  );
}

/** The path's `id` (a malformed one is refused on it) is the person picker. */
export const PERSON_ALIASES = { id: 'personId' };

/** The chosen person's name, for the confirmation ("Xóa tên Nguyễn Văn A…?"); the record is cached. */
export function useChosenName(form: FormInstance): string {
  const personId = Form.useWatch('personId', form) as string | undefined;
  return useMember(personId).data?.fullName ?? '';
}
