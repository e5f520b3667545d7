import { Alert, Card, Collapse, Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierItem, DossierVersion } from '../../api/dossier';
import { IfAllowed } from '../../auth/guards';
import { formatDateTime, formatLocalDate } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { LinkButton } from './link-button';
import { useDossier } from './use-dossier';
import { useDossierKindLabel } from './use-dossier-kinds';

/** A document's own items (quê quán, nội dung bổ sung…), as written. */
function Content({ content }: { content: Record<string, unknown> }) {
  const entries = Object.entries(content);
  if (entries.length === 0) return null;
  return (
    <Descriptions
      size="small"
      column={1}
      className="dossier-content"
      items={entries.map(([k, v]) => ({ key: k, label: k, children: typeof v === 'string' ? v : JSON.stringify(v) }))}
    />
  );
}

function Version({ version }: { version: DossierVersion }) {
  const { t } = useTranslation();
  const c = version.correction;
  return (
    <div className="dossier-version">
      {c ? (
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          {t('memberRecord.dossier.correction', {
            date: formatLocalDate(c.approval.approvedOn),
            decision: c.approval.decisionNumber,
            approver: c.approval.approverName,
            role: c.approval.approverRole,
            reason: c.reason,
          })}
          <br />
          <Typography.Text type="secondary">{t('memberRecord.dossier.changed', { fields: c.changed.join(', ') })}</Typography.Text>
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {t('memberRecord.dossier.original', { time: formatDateTime(version.recordedAt) })}
        </Typography.Paragraph>
      )}
      <Typography.Text type="secondary">
        {formatLocalDate(version.documentDate)} · {version.referenceNumber} · {version.title}
      </Typography.Text>
      <Content content={version.content} />
    </div>
  );
}

/** One document: as it reads now (corrections applied), with the original and each correction kept below. */
function DossierCard({ item }: { item: DossierItem }) {
  const { t } = useTranslation();
  const kindLabel = useDossierKindLabel();
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{item.current.title}</span>
          {item.corrections.length > 0 && <Tag color="orange">{t('memberRecord.dossier.corrected', { count: item.corrections.length })}</Tag>}
        </Space>
      }
      extra={
        <IfAllowed permission="dossier:write">
          <LinkButton size="small" to={`dossier/${item.entryId}/correct?tab=dossier`} id={`dossier-correct-${item.entryId}`} aria-label={`${t('memberRecord.dossier.correct')}: ${item.current.title}`}>
            {t('memberRecord.dossier.correct')}
          </LinkButton>
        </IfAllowed>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'kind', label: t('memberRecord.dossier.kind'), children: kindLabel(item.kind) },
          ...(item.year ? [{ key: 'year', label: t('memberRecord.dossier.year'), children: String(item.year) }] : []),
          { key: 'documentDate', label: t('memberRecord.dossier.documentDate'), children: formatLocalDate(item.current.documentDate) },
          { key: 'referenceNumber', label: t('memberRecord.dossier.referenceNumber'), children: item.current.referenceNumber },
        ]}
      />
      <Content content={item.current.content} />
      {item.corrections.length > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'history',
              label: t('memberRecord.dossier.history'),
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Version version={item.original} />
                  {item.corrections.map((c) => (
                    <Version key={c.entryId} version={c} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

/** Hồ sơ đảng viên: confidential, append-only; every read is logged by the service. */
export function RecordDossier({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const dossier = useDossier(personId);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Alert type="info" showIcon title={t('memberRecord.dossier.confidential')} />
      {dossier.isPending && <Loading />}
      {dossier.isError && <ErrorNotice error={dossier.error} onRetry={() => void dossier.refetch()} />}
      {dossier.data && dossier.data.items.length === 0 && <Empty description={t('memberRecord.dossier.empty')} />}
      {dossier.data && dossier.data.items.length > 0 && (
        <section aria-label={t('memberRecord.dossier.label')}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            {dossier.data.items.map((item) => (
              <DossierCard key={item.entryId} item={item} />
            ))}
          </Space>
        </section>
      )}
    </Space>
  );
}
