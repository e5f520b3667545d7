import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchAudit, type AuditEntry, type AuditQuery } from '../../api/audit';
import { formatDateTime, formatNumber } from '../../format';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { auditDiff, changedFields, type DiffLine } from './audit-diff';
import { AUDIT_FILTER_KEYS, AuditFilterBar, serviceOf } from './audit-filters';
import './admin.css';

const SHOWN_CHANGES = 4;

/** `/admin/audit`: one service's audit log at a time, newest first, each row's before/after unfolded as a diff. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  const [state, setState] = useTableState(AUDIT_FILTER_KEYS);
  const { service: _service, ...filters } = state.filters;
  const service = serviceOf(state.filters);
  const query = { ...filters, page: state.page, pageSize: state.pageSize } as AuditQuery;
  const log = useQuery({
    queryKey: ['audit', service, query],
    queryFn: ({ signal }) => fetchAudit(service, query, signal),
    placeholderData: keepPreviousData,
  });

  const columns: DataColumn<AuditEntry>[] = [
    { key: 'at', title: t('audit.columns.at'), value: (e) => formatDateTime(e.at), render: (e) => <span className="nowrap">{formatDateTime(e.at)}</span> },
    { key: 'actor', title: t('audit.columns.actor'), value: (e) => e.actorName },
    { key: 'action', title: t('audit.columns.action'), value: (e) => e.action, render: (e) => <code>{e.action}</code> },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      value: (e) => `${e.entity} ${e.entityId}`,
      render: (e) => (
        <>
          <code>{e.entity}</code>
          <div className="muted small">
            <code>{e.entityId}</code>
          </div>
        </>
      ),
    },
    {
      key: 'changes',
      title: t('audit.columns.changes'),
      value: (e) => (e.redacted ? t('audit.redacted') : changedFields(e.before, e.after).join(', ')),
      render: (e) => <ChangeSummary entry={e} />,
    },
    { key: 'correlationId', title: t('audit.columns.correlationId'), optional: true, value: (e) => e.correlationId, render: (e) => <code>{e.correlationId}</code> },
  ];

  return (
    <Page id="audit" title={t('audit.title')} intro={t('audit.intro')}>
      <DataTable<AuditEntry>
        label={t('audit.tableLabel')}
        exportName={`${t('audit.exportName')}-${service}`}
        columns={columns}
        rowKey={(e) => e.id}
        state={state}
        onState={setState}
        data={log.data}
        fetchPage={(page, pageSize) => fetchAudit(service, { ...query, page, pageSize })}
        loading={log.isFetching}
        error={log.error}
        onRetry={() => void log.refetch()}
        empty={log.isPending ? <span /> : <span className="table-empty">{t('audit.empty')}</span>}
        expandable={{ expandedRowRender: (e) => <AuditDiff entry={e} /> }}
        toolbar={
          <>
            <AuditFilterBar value={state.filters} onChange={(next) => setState({ filters: next as Record<string, string> })} />
            {log.data && <span className="muted">{t('audit.total', { n: formatNumber(log.data.total) })}</span>}
          </>
        }
      />
    </Page>
  );
}

/** The changed fields' names in the row; a creation says so. */
function ChangeSummary({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.redacted) return <Tag>{t('audit.columns.changes')}: —</Tag>;
  const fields = changedFields(entry.before, entry.after);
  const shown = fields.slice(0, SHOWN_CHANGES).join(', ') + (fields.length > SHOWN_CHANGES ? ` (+${fields.length - SHOWN_CHANGES})` : '');
  return (
    <span>
      {entry.before == null && entry.after != null && <Tag color="green">{t('audit.created')}</Tag>}
      {shown}
    </span>
  );
}

const KIND_COLOR: Record<DiffLine['kind'], string | undefined> = { added: 'green', removed: 'red', changed: 'gold', same: undefined };

/** Field by field, before and after, what changed marked (unchanged fields kept for context). */
function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  if (entry.redacted) return <Alert type="warning" showIcon title={t('audit.redacted')} />;
  const lines = auditDiff(entry.before, entry.after);
  if (!lines.length) return <span className="muted">{t('audit.noData')}</span>;
  return (
    <Table<DiffLine>
      className="audit-diff"
      size="small"
      pagination={false}
      rowKey={(l) => l.field}
      dataSource={lines}
      aria-label={t('audit.diff.label', { action: entry.action, at: formatDateTime(entry.at) })}
      rowClassName={(l) => `audit-diff-${l.kind}`}
      columns={[
        {
          key: 'field',
          title: t('audit.diff.field'),
          render: (_: unknown, l: DiffLine) => (
            <>
              <code>{l.field || '—'}</code> {l.kind !== 'same' && <Tag color={KIND_COLOR[l.kind]}>{t(`audit.diff.${l.kind}`)}</Tag>}
            </>
          ),
        },
        { key: 'before', title: t('audit.diff.before'), render: (_: unknown, l: DiffLine) => <span className="audit-value">{l.before ?? ''}</span> },
        { key: 'after', title: t('audit.diff.after'), render: (_: unknown, l: DiffLine) => <span className="audit-value">{l.after ?? ''}</span> },
      ]}
    />
  );
}
