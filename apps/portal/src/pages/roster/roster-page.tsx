import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Result, Steps, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { commitRoster, previewRoster, type RosterCommitted, type RosterPreview } from '../../api/roster';
import { formatNumber } from '../../format';
import { useLocalize } from '../../i18n/localize';
import { useErrorMessage } from '../../layout/notices';
import { Page } from '../../layout/page';
import { useDocumentTitle } from '../../layout/use-document-title';
import { RosterExport } from './roster-export';
import { RosterPreviewPanel } from './roster-preview';
import './roster.css';

/**
 * Nhập danh sách đảng viên đã có: upload → a row-by-row preview (nothing written) → record every
 * row or none. A file with one bad row is never half-recorded: the clerk fixes it and uploads again.
 */
export function RosterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('roster.title'));
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const localize = useLocalize();
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [done, setDone] = useState<{ result: RosterCommitted; file: string } | null>(null);

  const previewing = useMutation({
    mutationFn: previewRoster,
    onMutate: () => {
      setPreview(null);
      setDone(null);
    },
    onSuccess: setPreview,
  });
  const committing = useMutation({
    mutationFn: (p: RosterPreview) => commitRoster(p.uploadId),
    onSuccess: async (result, p) => {
      setDone({ result, file: p.fileName });
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: ['members'] });
    },
  });

  function confirmCommit(p: RosterPreview) {
    const count = formatNumber(p.valid);
    modal.confirm({
      title: t('roster.commit.confirmTitle', { count }),
      content: t('roster.commit.confirmText'),
      okText: t('roster.commit.confirm'),
      cancelText: t('roster.commit.cancel'),
      onOk: () => committing.mutateAsync(p).catch(() => undefined),
    });
  }

  function restart() {
    setPreview(null);
    setDone(null);
    previewing.reset();
    committing.reset();
    setTimeout(() => document.getElementById('roster-file')?.focus(), 0);
  }

  const step = done ? 2 : preview ? 1 : 0;
  const commitError = committing.error instanceof ApiError ? committing.error : null;

  return (
    <Page id="roster" title={t('roster.title')} intro={t('roster.intro')}>
      <Steps current={step} size="small" className="roster-steps" items={[{ title: t('roster.steps.upload') }, { title: t('roster.steps.preview') }, { title: t('roster.steps.commit') }]} />

      {done ? (
        <Result
          status="success"
          title={<h2 className="roster-done-title">{t('roster.done.title', { imported: formatNumber(done.result.imported), file: done.file })}</h2>}
          subTitle={<span role="status">{t('roster.done.detail', { official: formatNumber(done.result.official), probationary: formatNumber(done.result.probationary), cards: formatNumber(done.result.cards) })}</span>}
          extra={[
            <Link key="members" to="/members">
              <Button type="primary">{t('roster.done.members')}</Button>
            </Link>,
            <Button key="again" id="roster-again" onClick={restart}>
              {t('roster.done.again')}
            </Button>,
          ]}
        />
      ) : (
        <section aria-labelledby="roster-upload-title" className="roster-section">
          <h2 id="roster-upload-title">{t('roster.upload.heading')}</h2>
          <Upload.Dragger
            id="roster-file"
            aria-label={t('roster.upload.label')}
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={previewing.isPending || committing.isPending}
            beforeUpload={(file) => {
              previewing.mutate(file);
              return false; // the gateway takes it through our own call, with the session
            }}
          >
            <p className="roster-drop-text">{previewing.isPending ? t('roster.upload.checking', { name: previewing.variables?.name ?? '' }) : t('roster.upload.drop')}</p>
            <p className="muted">{t('roster.upload.hint')}</p>
          </Upload.Dragger>
          {previewing.isError && <Alert type="error" showIcon role="alert" className="roster-alert" title={errorMessage(previewing.error)} description={fieldList(previewing.error, localize)} />}
        </section>
      )}

      {preview && (
        <>
          <RosterPreviewPanel preview={preview} committing={committing.isPending} onCommit={() => confirmCommit(preview)} />
          {commitError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="roster-alert"
              title={`${t('roster.commit.failed')}: ${errorMessage(commitError)}`}
              description={
                (commitError.body.rowErrors?.length ?? 0) > 0 && (
                  <ul>
                    {commitError.body.rowErrors?.slice(0, 50).map((r, i) => (
                      <li key={i}>
                        {r.row !== null && `${t('roster.columns.row')} ${r.row}`} {r.column && `[${r.column}]`} {localize(r.problem)}
                      </li>
                    ))}
                  </ul>
                )
              }
            />
          )}
        </>
      )}

      <RosterExport />
    </Page>
  );
}

/** The field messages of a refused upload (a file that is not .xlsx or CSV, no file). */
function fieldList(error: unknown, localize: ReturnType<typeof useLocalize>) {
  const fields = error instanceof ApiError ? (error.body.fields ?? []) : [];
  if (fields.length === 0) return undefined;
  return (
    <ul>
      {fields.map((f, i) => (
        <li key={i}>{localize(f)}</li>
      ))}
    </ul>
  );
}
