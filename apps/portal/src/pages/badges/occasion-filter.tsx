import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { OCCASIONS, occasionDate, parseOccasion, type OccasionKey } from './badge-round';

/** Rounds of the last years and the next one: older rounds are history recorded from the books. */
const FIRST_YEAR = 2015;

/** Which round: the year and one of 3/2, 19/5, 2/9, 7/11 (a date that is no occasion cannot be chosen). */
export function OccasionFilter({ value, onChange, lastYear }: { value: string; onChange: (occasion: string) => void; lastYear: number }) {
  const { t } = useTranslation();
  const current = parseOccasion(value) ?? { year: lastYear, key: 'feb3' as OccasionKey };
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => lastYear - i);
  return (
    <Space.Compact>
      <Select
        id="badges-occasion-year"
        aria-label={t('badges.year')}
        value={current.year}
        onChange={(year) => onChange(occasionDate(year, current.key))}
        options={years.map((y) => ({ value: y, label: String(y) }))}
        style={{ width: 96 }}
      />
      <Select
        id="badges-occasion"
        aria-label={t('badges.occasion')}
        value={current.key}
        onChange={(key) => onChange(occasionDate(current.year, key))}
        options={OCCASIONS.map((o) => ({ value: o.key, label: t(`badges.occasions.${o.key}`) }))}
        style={{ width: 96 }}
      />
    </Space.Compact>
  );
}
