import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { commitEnrollments, previewEnrollments, type EnrollmentPreview } from '../../api/training';
import { formatLocalDate, formatNumber } from '../../format';
import { useErrorMessage } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { downloadXlsx } from '../../ui/export-xlsx';
import { ImportPreview, SheetDropzone } from './import-preview';
import { classQueries, useClassContext } from './use-class-context';
import { useOrgNames } from './use-training-data';

/** The enrollment sheet's headers (the file's format, read by training without accents or case). */
const ENROLLMENT_HEADERS = ['Mã người', 'Số CCCD', 'Họ và tên', 'Ngày sinh', 'Mã tổ chức'];

/** Ghi danh từ tệp Excel: upload → preview by row (nothing written) → enroll every row or none. */
export function EnrollFileDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const orgName = useOrgNames();
  const cls = useClassContext();
  const back = `/training/classes/${cls.id}`;
  const previewing = useMutation({ mutationFn: (file: File) => previewEnrollments(cls.id, file) });
  const committing = useMutation({
    mutationFn: (p: EnrollmentPreview) => commitEnrollments(cls.id, p.uploadId),
    onSuccess: async (r) => {
      void message.success(t('training.enrollFile.done', { count: formatNumber(r.enrolled) }));
      await Promise.all(classQueries(cls.id).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      navigate(back);
    },
  });
  const preview = previewing.data;

  return (
    <CommandDrawer title={`${t('training.enrollFile.title')}: ${cls.title}`} backTo={back} width={760}>
      <div className="training-stack">
        <p>{t('training.enrollFile.intro')}</p>
        <Button id="enroll-file-template" style={{ alignSelf: 'flex-start' }} onClick={() => void downloadXlsx(t('training.enrollFile.templateName'), t('training.enrollFile.templateSheet'), ENROLLMENT_HEADERS.map((title) => ({ title })), [])}>
          {t('training.enrollFile.template')}
        </Button>
        <SheetDropzone
          id="enroll-file"
          label={t('training.enrollFile.title')}
          checking={previewing.isPending ? (previewing.variables?.name ?? '') : null}
          onFile={(file) => {
            committing.reset();
            previewing.mutate(file);
          }}
        />
        {previewing.isError && <Alert type="error" showIcon role="alert" title={errorMessage(previewing.error)} />}
        {preview && (
          <ImportPreview
            idPrefix="enroll-file"
            preview={preview}
            commitLabel={t('training.enrollFile.commit', { count: formatNumber(preview.validRows) })}
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
                      { key: 'name', title: t('training.people.fullName'), render: (_, r) => r.person.fullName ?? r.person.personId ?? '' },
                      { key: 'dob', title: t('training.people.dateOfBirth'), render: (_, r) => formatLocalDate(r.person.dateOfBirth) },
                      { key: 'cccd', title: t('training.people.citizenId'), render: (_, r) => r.person.citizenId ?? '' },
                      { key: 'org', title: t('training.org'), render: (_, r) => orgName(r.orgId) },
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
