import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { commitResults, downloadResultsTemplate, previewResults, type ResultsPreview } from '../../api/training';
import { formatLocalDate, formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { ImportPreview, SheetDropzone } from './import-preview';
import { useTrainingLabels } from './training-labels';
import { classQueries, useClassContext } from './use-class-context';

const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'DDMMYYYY'];

/**
 * Bảng kết quả: download the sheet of the students still to record, fill it in, upload it for a
 * preview by row (nothing written), then record every row or none, with the dates chosen here.
 */
export function ResultsDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const labels = useTrainingLabels();
  const cls = useClassContext();
  const back = `/training/classes/${cls.id}`;
  const [completedOn, setCompletedOn] = useState<string | undefined>(cls.endsOn ?? undefined);
  const [certificateIssuedOn, setCertificateIssuedOn] = useState<string | undefined>();
  const nameOf = new Map(cls.students.map((s) => [s.enrollmentId, s.person.fullName ?? s.person.citizenId ?? '']));

  const template = useMutation({ mutationFn: () => downloadResultsTemplate(cls.id) });
  const previewing = useMutation({ mutationFn: (file: File) => previewResults(cls.id, file, { completedOn, certificateIssuedOn }) });
  const committing = useMutation({
    mutationFn: (p: ResultsPreview) => commitResults(cls.id, p.uploadId),
    onSuccess: async (r) => {
      void message.success(t('training.resultsFile.done', { count: formatNumber(r.recorded), passed: formatNumber(r.passed), failed: formatNumber(r.failed), certificates: formatNumber(r.certificates) }));
      await Promise.all(classQueries(cls.id).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      navigate(back);
    },
  });
  const preview = previewing.data;
  const dateField = (id: string, label: string, value: string | undefined, set: (v: string | undefined) => void) => (
    <Form.Item label={label} htmlFor={id}>
      <DatePicker
        id={id}
        format={DATE_FORMATS}
        placeholder="dd/mm/yyyy"
        value={value ? dayjs(value) : null}
        onChange={(d) => {
          set(d ? d.format('YYYY-MM-DD') : undefined);
          previewing.reset(); // the preview binds its dates: a new date needs the file again
        }}
      />
    </Form.Item>
  );

  return (
    <CommandDrawer title={`${t('training.resultsFile.title')}: ${cls.title}`} backTo={back} width={760}>
      <div className="training-stack">
        <p>{t('training.resultsFile.intro')}</p>
        <Button id="results-template" style={{ alignSelf: 'flex-start' }} loading={template.isPending} onClick={() => template.mutate()}>
          {t('training.resultsFile.template')}
        </Button>
        {template.isError && <Alert type="error" showIcon role="alert" title={errorMessage(template.error)} />}
        <Form layout="vertical" component="div">
          <Space size="middle" wrap>
            {dateField('results-completed-on', t('training.resultsFile.completedOn'), completedOn, setCompletedOn)}
            {dateField('results-certificate-issued-on', t('training.resultsFile.certificateIssuedOn'), certificateIssuedOn, setCertificateIssuedOn)}
          </Space>
          <p className="muted small">{t('training.resultsFile.datesHint')}</p>
        </Form>
        <SheetDropzone
          id="results-file"
          label={t('training.resultsFile.title')}
          checking={previewing.isPending ? (previewing.variables?.name ?? '') : null}
          onFile={(file) => {
            committing.reset();
            previewing.mutate(file);
          }}
        />
        {previewing.isError && <Alert type="error" showIcon role="alert" title={errorMessage(previewing.error)} />}
        {preview && (
          <ImportPreview
            idPrefix="results"
            preview={preview}
            commitLabel={t('training.resultsFile.commit', { count: formatNumber(preview.validRows) })}
            committing={committing.isPending}
            commitError={committing.error}
            onCommit={() => committing.mutate(preview)}
            sample={
              <>
                <h3 className="training-section-title">{t('training.upload.sample')}</h3>
                <div role="region" aria-label={t('training.upload.sampleLabel')}>
                  <Table
                    size="small"
                    rowKey="row"
                    pagination={false}
                    dataSource={preview.sample}
                    columns={[
                      { key: 'row', title: t('training.upload.row'), dataIndex: 'row', width: 70 },
                      { key: 'who', title: t('training.resultsFile.columns.enrollment'), render: (_, r) => nameOf.get(r.enrollmentId) ?? r.enrollmentId },
                      { key: 'on', title: t('training.resultsFile.columns.completedOn'), render: (_, r) => formatLocalDate(r.completedOn) },
                      { key: 'result', title: t('training.student.result'), render: (_, r) => labels.result(r.result) },
                      { key: 'grade', title: t('training.student.grade'), render: (_, r) => labels.grade(r.grade) },
                      { key: 'cert', title: t('training.student.certificateNumber'), render: (_, r) => r.certificateNumber ?? '' },
                      { key: 'certOn', title: t('training.student.certificateIssuedOn'), render: (_, r) => formatLocalDate(r.certificateIssuedOn) },
                    ]}
                  />
                </div>
              </>
            }
          />
        )}
      </div>
    </CommandDrawer>
  );
}
