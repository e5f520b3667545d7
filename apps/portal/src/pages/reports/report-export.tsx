import { DownloadOutlined, ExportOutlined, FileExcelOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadReportFile, followReportJob, openReportFile, startReportJob, type ReportJob, type ReportJobFile } from '../../api/reports';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { useErrorMessage } from '../../layout/notices';
import { jobError, jobProgressStatus } from './report-job-view';

/**
 * "Xuất báo cáo": asks for the year-end job of the year and scope on the page, follows its
 * progress live (the gateway's event stream) and offers its workbook and PDF. The same figures
 * asked twice give the same job, so a second click shows the files already made.
 */
export function ReportExport({ year, orgId }: { year: number; orgId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const errorMessage = useErrorMessage();
  const [job, setJob] = useState<ReportJob | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const following = useRef<AbortController | null>(null);
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';

  // another year or scope: the job shown is no longer this page's
  useEffect(() => {
    following.current?.abort();
    setJob(null);
    setError(null);
    setDuplicate(false);
  }, [year, orgId]);
  useEffect(() => () => following.current?.abort(), []);

  if (!can(me, 'reports:run')) return null;

  const start = async () => {
    following.current?.abort();
    const controller = new AbortController();
    following.current = controller;
    setStarting(true);
    setError(null);
    try {
      const started = await startReportJob({ kind: 'yearEnd', year, ...(orgId ? { orgId } : {}) });
      setDuplicate(started.duplicate);
      await followReportJob(started.id, setJob, controller.signal);
    } catch (err) {
      if (!controller.signal.aborted) setError(errorMessage(err));
    } finally {
      setStarting(false);
    }
  };

  const running = starting || (job !== null && job.state !== 'completed' && job.state !== 'failed');
  const failure = job ? jobError(job, lang) : null;
  return (
    <div className="report-export no-print">
      <Space wrap>
        <Button type="primary" icon={<ExportOutlined />} onClick={() => void start()} loading={running} disabled={running}>
          {running ? t('reportJobs.exporting') : job ? t('reportJobs.exportAgain') : t('reportJobs.export')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('reportJobs.print')}
        </Button>
      </Space>
      {error && <Alert type="error" showIcon className="report-export-note" title={error} />}
      {job && (
        <div className="report-export-job" aria-live="polite">
          <Progress
            percent={job.progress}
            status={jobProgressStatus(job)}
            aria-label={t('reportJobs.progressLabel')}
            format={(p) => `${p}% · ${t(`reportJobs.states.${job.state}`)}`}
          />
          {job.state === 'delayed' && failure && <Alert type="warning" showIcon className="report-export-note" title={t('reportJobs.retrying', { attempt: job.attemptsMade, error: failure })} />}
          {job.state === 'failed' && failure && <Alert type="error" showIcon className="report-export-note" title={failure} />}
          {job.state === 'completed' && (
            <>
              {duplicate && <p className="muted">{t('reportJobs.duplicate')}</p>}
              {job.complete === false && <Alert type="warning" showIcon className="report-export-note" title={t('reportJobs.incomplete')} />}
              <ReportFiles job={job} />
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** The job's files: the workbook and the PDF first, each a download; a PDF or page also opens in a tab. */
export function ReportFiles({ job, compact = false }: { job: ReportJob; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const act = (fn: () => Promise<void>) => () => void fn().catch((err) => setError(errorMessage(err)));
  if (!job.files.length) return <span className="muted">{t('reportJobs.noFiles')}</span>;
  return (
    <div className="report-files">
      <Space wrap size={compact ? 'small' : 'middle'}>
        {job.files.map((f: ReportJobFile) => (
          <Space.Compact key={f.name}>
            <Button size={compact ? 'small' : 'middle'} icon={iconOf(f)} onClick={act(() => downloadReportFile(job, f))} aria-label={t('reportJobs.download', { name: f.name })} title={f.title[lang]}>
              {compact ? extension(f) : f.name}
            </Button>
            {/pdf|html/.test(f.contentType) && (
              <Button size={compact ? 'small' : 'middle'} onClick={act(() => openReportFile(job, f))} aria-label={`${t('reportJobs.open')} ${f.name}`}>
                {t('reportJobs.open')}
              </Button>
            )}
          </Space.Compact>
        ))}
      </Space>
      {error && <Alert type="error" showIcon className="report-export-note" title={error} />}
    </div>
  );
}

const extension = (f: ReportJobFile) => f.name.split('.').pop()?.toUpperCase() ?? f.name;

function iconOf(f: ReportJobFile) {
  if (f.contentType.includes('spreadsheet')) return <FileExcelOutlined />;
  if (f.contentType.includes('pdf')) return <FilePdfOutlined />;
  return <DownloadOutlined />;
}
