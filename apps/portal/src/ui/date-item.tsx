import { DatePicker, Form, type FormItemProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../format';

/** Typed `31/12/2024`, `31122024` or picked: the form holds `YYYY-MM-DD`, the API's business date. */
const FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

export const dateValueProps: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined),
};

/**
 * A date field of a command, written as Vietnamese documents write dates. `notFuture` refuses
 * what has not happened yet (a decision, a death), as the services do.
 */
export function DateItem({
  name,
  label,
  required,
  notFuture = true,
  extra,
  rules = [],
}: {
  name: FormItemProps['name'];
  label: string;
  required?: boolean;
  notFuture?: boolean;
  extra?: FormItemProps['extra'];
  rules?: FormItemProps['rules'];
}) {
  const { t } = useTranslation();
  const today = todayInVietnam();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      {...dateValueProps}
      rules={[
        ...(required ? [{ required: true, message: t('ui.form.requiredDate', { field: label }) }] : []),
        ...(notFuture ? [{ validator: (_: unknown, v?: string) => (v && v > today ? Promise.reject(new Error(t('ui.form.futureDate'))) : Promise.resolve()) }] : []),
        ...(rules ?? []),
      ]}
    >
      <DatePicker format={FORMATS} placeholder="dd/mm/yyyy" style={{ width: '100%' }} disabledDate={notFuture ? (d) => d.format('YYYY-MM-DD') > today : undefined} />
    </Form.Item>
  );
}
