import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';

export interface PersonRefValues {
  who: 'known' | 'unknown';
  personId?: string;
  citizenId?: string;
  fullName?: string;
  dateOfBirth?: string;
}

/**
 * Who a training record is about: someone membership knows (picked by name or citizen ID), or
 * someone it does not know yet (a university student…) by citizen ID, full name and birth date.
 */
export function PersonRefFields() {
  const { t } = useTranslation();
  const who = Form.useWatch<PersonRefValues['who']>('who');
  return (
    <>
      <Form.Item name="who" label={t('training.enroll.how')}>
        <Radio.Group
          options={[
            { value: 'known', label: t('training.enroll.known') },
            { value: 'unknown', label: t('training.enroll.unknown') },
          ]}
        />
      </Form.Item>
      {who === 'unknown' ? (
        <>
          <Form.Item
            name="citizenId"
            label={t('training.enroll.citizenId')}
            rules={[{ required: true, message: t('training.enroll.citizenIdRequired') }, { pattern: /^\d{12}$/, message: t('training.enroll.citizenIdFormat') }]}
          >
            <Input inputMode="numeric" maxLength={12} />
          </Form.Item>
          <Form.Item name="fullName" label={t('training.enroll.fullName')} rules={[{ required: true, whitespace: true, message: t('training.enroll.fullNameRequired') }]}>
            <Input maxLength={120} />
          </Form.Item>
          <DateItem name="dateOfBirth" label={t('training.enroll.dateOfBirth')} required />
        </>
      ) : (
        <Form.Item name="personId" label={t('training.enroll.person')} rules={[{ required: true, message: t('training.enroll.personRequired') }]}>
          <PersonPicker />
        </Form.Item>
      )}
    </>
  );
}

/** The `person` of a command from the form's values. */
export function personRef(v: PersonRefValues) {
  return v.who === 'unknown' ? { citizenId: v.citizenId, fullName: v.fullName, dateOfBirth: v.dateOfBirth } : { personId: v.personId };
}

/** The server names `person.citizenId`…; the form's fields are flat. */
export const PERSON_FIELD_ALIASES = { 'person.personId': 'personId', 'person.citizenId': 'citizenId', 'person.fullName': 'fullName', 'person.dateOfBirth': 'dateOfBirth' };
