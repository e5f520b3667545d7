import { Alert, Button, Table, Upload } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { TrainingImportError } from '../../api/training';
import { formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';

/** What every training preview answers (enrollments and results alike). */
export interface PreviewHead {
  fileName: string;
  totalRows: number;
  validRows: number;
  errors: TrainingImportError[];
  errorCount: number;
  truncated: boolean;
}

/** Choosing the .xlsx; the page previews it at once (nothing is written by a preview). */
export function SheetDropzone({ id, label, checking, disabled, onFile }: { id: string; label: string; checking: string | null; disabled?: boolean; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      id={id}
      aria-label={label}
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      multiple={false}
      showUploadList={false}
      disabled={disabled || checking !== null}
      beforeUpload={(file) => {
        onFile(file);
        return false;
      }}
    >
      <p className="training-upload-summary">{checking ? t('training.upload.checking', { name: checking }) : t('training.upload.choose')}</p>
      <p className="muted">{label}</p>
    </Upload.Dragger>
  );
}

/**
 * A staged sheet's preview: the counts, every problem by row and column (nothing written yet),
 * the good rows, and the commit — disabled while any row is bad.
 */
export function ImportPreview({
  idPrefix,
  preview,
  sample,
  commitLabel,
  committing,
  commitError,
  onCommit,
}: {
  idPrefix: string;
  preview: PreviewHead;
  sample: ReactNode;
  commitLabel: string;
  committing: boolean;
  commitError: unknown;
  onCommit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const bad = preview.totalRows - preview.validRows;
  const ready = preview.errorCount === 0 && preview.validRows > 0;
  const en = i18n.resolvedLanguage === 'en';
  const failedRows = commitError instanceof ApiError ? (commitError.body.fields ?? []) : [];
  return (
    <div className="training-stack">
      <p id={`${idPrefix}-summary`} role="status" className={ready ? 'training-upload-summary' : 'training-upload-summary training-upload-summary-bad'}>
        {preview.fileName}: {t('training.upload.summary', { bad: formatNumber(bad), total: formatNumber(preview.totalRows), good: formatNumber(preview.validRows) })}
      </p>
      {preview.errors.length > 0 && (
        <>
          <h3 className="training-section-title">{t('training.upload.problems')}</h3>
          <div role="region" aria-label={t('training.upload.problemsLabel')}>
            <Table<TrainingImportError>
              size="small"
              rowKey={(_, i) => String(i)}
              pagination={preview.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              dataSource={preview.errors}
              columns={[
                { key: 'row', title: t('training.upload.row'), width: 70, render: (_, e) => e.row ?? t('training.upload.wholeFile') },
                { key: 'column', title: t('training.upload.column'), render: (_, e) => e.column ?? '' },
                { key: 'problem', title: t('training.upload.problem'), render: (_, e) => (en ? e.problemEn : e.problem) },
              ]}
            />
          </div>
          {preview.truncated && <Alert type="warning" showIcon title={t('training.upload.truncated', { shown: formatNumber(preview.errors.length), total: formatNumber(preview.errorCount) })} />}
        </>
      )}
      {preview.validRows > 0 && sample}
      {ready ? <Alert type="success" showIcon title={t('training.upload.ready')} /> : <Alert id={`${idPrefix}-blocked`} type="warning" showIcon title={t('training.upload.blocked')} />}
      {Boolean(commitError) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={`${t('training.upload.failed')}: ${errorMessage(commitError)}`}
          description={
            failedRows.length > 0 && (
              <ul>
                {failedRows.slice(0, 30).map((f, i) => (
                  <li key={i}>
                    {f.field}: {en ? f.en : f.vi}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Button id={`${idPrefix}-commit`} type="primary" disabled={!ready} loading={committing} onClick={onCommit} aria-describedby={ready ? undefined : `${idPrefix}-blocked`} style={{ alignSelf: 'flex-start' }}>
        {commitLabel}
      </Button>
    </div>
  );
}
