import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { yearChoices } from './training-year';

/** The year of a list, kept in the address by the page (`?year=2023`). */
export function YearSelect({ id, value, onChange, label }: { id: string; value: number; onChange: (year: number) => void; label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('training.year');
  return (
    <label className="training-filter" htmlFor={id}>
      <span>{text}</span>
      <Select id={id} value={value} onChange={onChange} style={{ width: 110 }} options={yearChoices(value).map((y) => ({ value: y, label: String(y) }))} />
    </label>
  );
}
