import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResolvingLevel } from '../../api/discipline';

const LEVELS: ResolvingLevel[] = ['district', 'grassroots', 'provincial', 'central'];

/** Cấp giải quyết: the deadline follows it (working days of Quy định 22-QĐ/TW); the bloc's own level first. */
export function ResolvingLevelItem({ label, extra }: { label: string; extra?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="resolvingLevel" label={label} extra={extra} rules={[{ required: true }]}>
      <Select options={LEVELS.map((l) => ({ value: l, label: t(`discipline.level.${l}`) }))} />
    </Form.Item>
  );
}
