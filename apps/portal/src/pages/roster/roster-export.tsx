import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadRoster } from '../../api/roster';
import { useErrorMessage } from '../../layout/notices';
import { OrgPicker } from '../../ui/org-picker';
import { downloadRosterTemplate } from './roster-template';

/** The template to fill in, and the current roster of an organization in the same columns. */
export function RosterExport() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [orgId, setOrgId] = useState<string | undefined>();
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const exporting = useMutation({ mutationFn: () => downloadRoster(orgId, format) });
  const template = useMutation({ mutationFn: () => downloadRosterTemplate(t('roster.export.templateName'), t('roster.export.templateSheet')) });

  return (
    <Card title={<h2 className="roster-card-title">{t('roster.export.heading')}</h2>} className="roster-card">
      <p className="muted">{t('roster.export.intro')}</p>
      <Space wrap align="end" size="middle">
        <Button id="roster-template" onClick={() => template.mutate()} loading={template.isPending}>
          {t('roster.export.template')}
        </Button>
      </Space>
      <Form layout="vertical" className="roster-export-form" onFinish={() => exporting.mutate()}>
        <Space wrap align="end" size="middle">
          <Form.Item label={t('roster.export.org')} htmlFor="roster-export-org" className="roster-export-org">
            <OrgPicker id="roster-export-org" value={orgId} onChange={setOrgId} placeholder={t('roster.export.orgAll')} />
          </Form.Item>
          <Form.Item label={t('roster.export.format')} htmlFor="roster-export-format">
            <Select id="roster-export-format" value={format} onChange={setFormat} style={{ width: 120 }} options={[{ value: 'xlsx', label: 'Excel (.xlsx)' }, { value: 'csv', label: 'CSV' }]} />
          </Form.Item>
          <Form.Item>
            <Button id="roster-export" htmlType="submit" loading={exporting.isPending}>
              {t('roster.export.button')}
            </Button>
          </Form.Item>
        </Space>
      </Form>
      {exporting.isError && <Alert type="error" showIcon role="alert" title={t('roster.export.failed')} description={errorMessage(exporting.error)} />}
    </Card>
  );
}
