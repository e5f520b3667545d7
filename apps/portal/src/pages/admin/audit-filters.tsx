import { Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AUDIT_SERVICES, type AuditService } from '../../api/audit';

export const AUDIT_FILTER_KEYS = ['service', 'entity', 'entityId', 'actor', 'action', 'from', 'to'] as const;
export type AuditFilters = Partial<Record<(typeof AUDIT_FILTER_KEYS)[number], string>>;

const TEXT_FILTERS = ['entity', 'entityId', 'actor', 'action'] as const;
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

/** The service whose log is read (membership when the address says none or an unknown one). */
export const serviceOf = (filters: AuditFilters): AuditService =>
  (AUDIT_SERVICES as readonly string[]).includes(filters.service ?? '') ? (filters.service as AuditService) : 'membership';

/** The service (applied at once), text filters (applied on Enter or leaving the box) and a range of days. */
export function AuditFilterBar({ value, onChange }: { value: AuditFilters; onChange: (next: AuditFilters) => void }) {
  const { t } = useTranslation();
  const set = (patch: AuditFilters) => onChange({ ...value, ...patch });
  const any = TEXT_FILTERS.some((k) => value[k]) || Boolean(value.from || value.to);
  return (
    <Form layout="vertical" className="audit-filters" role="search" aria-label={t('audit.filters')} component="div">
      <Form.Item label={t('audit.service')} htmlFor="audit-service">
        <Select
          id="audit-service"
          value={serviceOf(value)}
          onChange={(service) => set({ service })}
          options={AUDIT_SERVICES.map((s) => ({ value: s, label: t(`audit.services.${s}`) }))}
          style={{ width: 200 }}
        />
      </Form.Item>
      {TEXT_FILTERS.map((k) => (
        <Form.Item key={k} label={t(`audit.${k}`)} htmlFor={`audit-${k}`}>
          <Input
            // a new address (back button, a link) resets the box to it
            key={value[k] ?? ''}
            id={`audit-${k}`}
            defaultValue={value[k]}
            allowClear
            maxLength={100}
            onPressEnter={(e) => set({ [k]: e.currentTarget.value.trim() || undefined })}
            onBlur={(e) => e.currentTarget.value.trim() !== (value[k] ?? '') && set({ [k]: e.currentTarget.value.trim() || undefined })}
            style={{ width: k === 'entityId' ? 300 : 170 }}
          />
        </Form.Item>
      ))}
      {(['from', 'to'] as const).map((k) => (
        <Form.Item key={k} label={t(`audit.${k}`)} htmlFor={`audit-${k}`}>
          <DatePicker
            id={`audit-${k}`}
            format={DATE_FORMATS}
            placeholder={t('audit.datePlaceholder')}
            value={value[k] ? dayjs(value[k]) : null}
            onChange={(d) => set({ [k]: d ? d.format('YYYY-MM-DD') : undefined })}
          />
        </Form.Item>
      ))}
      {any && (
        <Form.Item label={<span aria-hidden="true">&nbsp;</span>}>
          <Button type="link" onClick={() => onChange({ service: value.service })}>
            {t('audit.clearFilters')}
          </Button>
        </Form.Item>
      )}
    </Form>
  );
}
