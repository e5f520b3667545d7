import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { yearChoices } from './inspection-year';

/** The year of a list (`?year=2023`), with a visible label tied to the select. */
export function YearSelect({ id, value, latest, onChange }: { id: string; value: number; latest: number | null; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  return (
    <label className="inspection-filter" htmlFor={id}>
      <span>{t('inspection.year')}</span>
      <Select id={id} value={value} onChange={onChange} style={{ width: 110 }} options={yearChoices(value, latest).map((y) => ({ value: y, label: String(y) }))} />
    </label>
  );
}
