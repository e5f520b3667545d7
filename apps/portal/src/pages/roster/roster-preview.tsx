import { Alert, Button, Segmented, Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPreview } from '../../api/roster';
import { formatLocalDate, formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { useTableState } from '../../ui/url-state';
import { canCommit, fileProblems, previewRows, type PreviewRow } from './roster-rows';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date that read is shown the Vietnamese way; one that did not, as typed (that is the problem to fix). */
const shownDate = (v: string | null | undefined) => (v && ISO_DATE.test(v) ? formatLocalDate(v) : (v ?? ''));
const FILTERS = ['rows'] as const;

/**
 * The preview of an uploaded roster: how many rows are good and bad, each row with its problems
 * beside it, and the commit — disabled, with what to fix, while any row is bad (nothing is ever
 * written from a file with a bad row).
 */
export function RosterPreviewPanel({ preview, committing, onCommit }: { preview: RosterPreview; committing: boolean; onCommit: () => void }) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const [state, setState] = useTableState(FILTERS, { prefix: 'p', defaultSort: { sort: 'row', order: 'asc' } });
  const all = useMemo(() => previewRows(preview), [preview]);
  const onlyBad = state.filters.rows === 'bad';
  const rows = onlyBad ? all.filter((r) => !r.ok) : all;
  const whole = fileProblems(preview);
  const ready = canCommit(preview);
  const problemsText = (r: PreviewRow) => r.problems.map((p) => `${p.column ? `[${p.column}] ` : ''}${localize(p.problem)}`).join('; ');

  const columns: DataColumn<PreviewRow>[] = [
    { key: 'row', title: t('roster.columns.row'), value: (r) => r.row, compare: (a, b) => a.row - b.row, width: 72, align: 'right' },
    { key: 'fullName', title: t('roster.columns.fullName'), value: (r) => r.line?.fullName, compare: (a, b) => (a.line?.fullName ?? '').localeCompare(b.line?.fullName ?? '', 'vi') },
    { key: 'state', title: t('roster.columns.state'), value: (r) => (r.ok ? t('roster.ok') : t('roster.bad')), render: (r) => (r.ok ? <Tag color="success">{t('roster.ok')}</Tag> : <Tag color="error">{t('roster.bad')}</Tag>), compare: (a, b) => Number(a.ok) - Number(b.ok) },
    {
      key: 'problems',
      title: t('roster.columns.problems'),
      value: problemsText,
      render: (r) =>
        r.problems.length > 0 && (
          <ul className="roster-problems">
            {r.problems.map((p, i) => (
              <li key={i}>
                {p.column && <strong>{p.column}: </strong>}
                {localize(p.problem)}
              </li>
            ))}
          </ul>
        ),
    },
    { key: 'dateOfBirth', title: t('roster.columns.dateOfBirth'), value: (r) => r.line?.dateOfBirth, render: (r) => shownDate(r.line?.dateOfBirth) },
    { key: 'citizenId', title: t('roster.columns.citizenId'), value: (r) => r.line?.citizenId },
    { key: 'organization', title: t('roster.columns.organization'), value: (r) => r.line?.organization },
    { key: 'admissionDecisionDate', title: t('roster.columns.admissionDecisionDate'), value: (r) => r.line?.admissionDecisionDate, render: (r) => shownDate(r.line?.admissionDecisionDate) },
    {
      key: 'officialDate',
      title: t('roster.columns.officialDate'),
      value: (r) => r.line?.officialDate,
      render: (r) => (r.line ? (r.line.officialDate ? shownDate(r.line.officialDate) : <span className="muted">{t('roster.probationary')}</span>) : ''),
    },
    { key: 'cardNumber', title: t('roster.columns.cardNumber'), value: (r) => r.line?.cardNumber, optional: true },
  ];

  return (
    <section aria-labelledby="roster-preview-title" className="roster-section">
      <h2 id="roster-preview-title">{t('roster.preview.heading', { file: preview.fileName })}</h2>
      <p id="roster-preview-summary" role="status" className={preview.invalid > 0 || whole.length > 0 ? 'roster-summary roster-summary-bad' : 'roster-summary'}>
        {t('roster.preview.summary', { bad: formatNumber(preview.invalid), total: formatNumber(preview.rows), good: formatNumber(preview.valid) })}
      </p>
      {whole.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('roster.preview.fileProblems')}
          description={
            <ul>
              {whole.map((p, i) => (
                <li key={i}>{localize(p.problem)}</li>
              ))}
            </ul>
          }
        />
      )}
      {preview.truncated && <Alert type="warning" showIcon title={t('roster.preview.errorsTruncated', { shown: formatNumber(preview.errors.length), total: formatNumber(preview.errorCount) })} />}
      {preview.linesTruncated && <Alert type="info" showIcon title={t('roster.preview.linesTruncated', { total: formatNumber(preview.rows), shown: formatNumber(preview.lines.length) })} />}

      {all.length > 0 && (
        <DataTable<PreviewRow>
          label={t('roster.preview.region')}
          exportName={t('roster.preview.exportName')}
          columns={columns}
          rowKey={(r) => r.row}
          rows={rows}
          state={state}
          onState={setState}
          rowClassName={(r) => (r.ok ? '' : 'roster-row-bad')}
          toolbar={
            <Segmented
              aria-label={t('roster.preview.onlyBad')}
              value={onlyBad ? 'bad' : 'all'}
              onChange={(v) => setState({ filters: { rows: v === 'bad' ? 'bad' : '' } })}
              options={[
                { value: 'all', label: `${t('roster.preview.all')} (${formatNumber(all.length)})` },
                { value: 'bad', label: `${t('roster.preview.onlyBad')} (${formatNumber(all.filter((r) => !r.ok).length)})` },
              ]}
            />
          }
        />
      )}

      <div className="roster-commit">
        {ready ? (
          <Alert type="success" showIcon title={t('roster.preview.ready', { count: formatNumber(preview.valid) })} />
        ) : (
          <Alert id="roster-blocked" type="warning" showIcon title={whole.length > 0 && preview.invalid === 0 ? t('roster.preview.blockedFile') : t('roster.preview.blocked', { bad: formatNumber(preview.invalid) })} />
        )}
        <Space>
          <Button id="roster-commit" type="primary" disabled={!ready} loading={committing} onClick={onCommit} aria-describedby={ready ? undefined : 'roster-blocked'}>
            {t('roster.commit.button', { count: formatNumber(preview.valid) })}
          </Button>
        </Space>
      </div>
    </section>
  );
}
