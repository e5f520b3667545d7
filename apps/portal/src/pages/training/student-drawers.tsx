import { Alert, Form, Input, InputNumber, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import {
  ATTENDANCE_VALUES, complete, GRADE_VALUES, recordAttendance, RESULT_VALUES, withdraw,
  type AttendanceBody, type ClassStudent, type CompleteBody, type WithdrawBody,
} from '../../api/training';
import { todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useTrainingLabels } from './training-labels';
import { classQueries, useClassContext } from './use-class-context';

/** The student of the address (`students/:enrollmentId/...`) within the class, and the drawer around its command. */
function StudentDrawer({ title, children }: { title: (name: string) => string; children: (student: ClassStudent, back: () => void) => ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cls = useClassContext();
  const { enrollmentId } = useParams();
  const student = cls.students.find((s) => s.enrollmentId === enrollmentId);
  const backTo = `/training/classes/${cls.id}${window.location.search}`;
  return (
    <CommandDrawer title={title(student?.person.fullName ?? '')} backTo={backTo}>
      {student ? children(student, () => navigate(backTo)) : <Alert type="warning" showIcon title={t('training.student.notFound')} />}
    </CommandDrawer>
  );
}

/** Ghi nhận chuyên cần. */
export function AttendanceDrawer() {
  const { t } = useTranslation();
  const labels = useTrainingLabels();
  const cls = useClassContext();
  const [form] = Form.useForm<AttendanceBody>();
  return (
    <StudentDrawer title={(name) => t('training.student.attendanceTitle', { name })}>
      {(s, back) => (
        <CommandForm<AttendanceBody>
          form={form}
          submit={(v) => recordAttendance(s.enrollmentId, v)}
          submitLabel={t('training.student.record')}
          invalidate={classQueries(cls.id)}
          onDone={back}
          initialValues={{ attendance: s.attendance === 'enrolled' ? 'attending' : s.attendance, recordedOn: todayInVietnam() }}
        >
          <Form.Item name="attendance" label={t('training.student.attendance')} rules={[{ required: true, message: t('training.student.attendanceRequired') }]}>
            <Select options={ATTENDANCE_VALUES.map((a) => ({ value: a, label: labels.attendance(a) }))} />
          </Form.Item>
          <Space size="middle" wrap>
            <Form.Item name="sessionsAttended" label={t('training.student.sessionsAttended')}>
              <InputNumber min={0} max={1000} precision={0} />
            </Form.Item>
            <Form.Item name="sessionsTotal" label={t('training.student.sessionsTotal')}>
              <InputNumber min={1} max={1000} precision={0} />
            </Form.Item>
          </Space>
          <DateItem name="recordedOn" label={t('training.student.recordedOn')} required />
        </CommandForm>
      )}
    </StudentDrawer>
  );
}

/** Thôi học: asks first — the student can no longer complete the class. */
export function WithdrawDrawer() {
  const { t } = useTranslation();
  const cls = useClassContext();
  const [form] = Form.useForm<WithdrawBody>();
  return (
    <StudentDrawer title={(name) => t('training.student.withdrawTitle', { name })}>
      {(s, back) => (
        <CommandForm<WithdrawBody>
          form={form}
          submit={(v) => withdraw(s.enrollmentId, v)}
          submitLabel={t('training.student.withdraw')}
          confirm={{ title: t('training.student.withdrawConfirm', { name: s.person.fullName ?? '' }), description: t('training.student.withdrawConfirmText') }}
          invalidate={classQueries(cls.id)}
          onDone={back}
          initialValues={{ withdrawnOn: todayInVietnam() }}
        >
          <DateItem name="withdrawnOn" label={t('training.student.withdrawnOn')} required />
          <Form.Item name="reason" label={t('training.student.reason')} rules={[{ required: true, whitespace: true, message: t('training.student.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </CommandForm>
      )}
    </StudentDrawer>
  );
}

/** Hoàn thành: result, grade and the certificate (none for a failed result). */
export function CompleteDrawer() {
  const { t } = useTranslation();
  const labels = useTrainingLabels();
  const cls = useClassContext();
  const [form] = Form.useForm<CompleteBody>();
  const result = Form.useWatch('result', form);
  return (
    <StudentDrawer title={(name) => t('training.student.completeTitle', { name })}>
      {(s, back) => (
        <CommandForm<CompleteBody>
          form={form}
          submit={(v) => complete(s.enrollmentId, { ...v, certificateNumber: v.certificateNumber || null, certificateIssuedOn: v.certificateIssuedOn ?? null, grade: v.grade ?? null })}
          submitLabel={t('training.student.record')}
          invalidate={classQueries(cls.id)}
          onDone={back}
          initialValues={{
            completedOn: s.completedOn ?? cls.endsOn ?? undefined,
            result: s.result ?? 'passed',
            grade: s.grade ?? undefined,
            certificateNumber: s.certificateNumber ?? undefined,
            certificateIssuedOn: s.certificateIssuedOn ?? undefined,
          }}
        >
          <DateItem name="completedOn" label={t('training.student.completedOn')} required />
          <Form.Item name="result" label={t('training.student.result')} rules={[{ required: true, message: t('training.student.resultRequired') }]}>
            <Select options={RESULT_VALUES.map((r) => ({ value: r, label: labels.result(r) }))} />
          </Form.Item>
          <Form.Item name="grade" label={t('training.student.grade')}>
            <Select allowClear options={GRADE_VALUES.map((g) => ({ value: g, label: labels.grade(g) }))} />
          </Form.Item>
          <Form.Item
            name="certificateNumber"
            label={t('training.student.certificateNumber')}
            extra={result === 'failed' ? t('training.student.noCertificateWhenFailed') : undefined}
          >
            <Input maxLength={60} disabled={result === 'failed'} />
          </Form.Item>
          <DateItem name="certificateIssuedOn" label={t('training.student.certificateIssuedOn')} extra={t('training.student.certificateHint')} />
        </CommandForm>
      )}
    </StudentDrawer>
  );
}
