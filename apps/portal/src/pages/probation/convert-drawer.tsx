import { Alert, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { convertToOfficial, PROBATION_INVALIDATES, type ConvertAnswer, type ConvertBody } from '../../api/probation';
import { formatLocalDate } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { officialDateOf } from './deadline';
import { MemberField } from './member-field';
import { useMember } from './use-member';

type Values = ConvertBody & { personId: string };

/**
 * Công nhận đảng viên chính thức (`/probation/:personId/convert`). The official date — the
 * ceremony + 12 months, whatever the meeting's date — is stated before the button and on it, so
 * the official knows what is being recorded before confirming.
 */
export function ConvertDrawer() {
  const { t } = useTranslation();
  const { personId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const member = useMember(personId);
  const backTo = `/probation${search}`;
  const ceremony = member.data?.ceremonyDate ?? null;
  const official = ceremony ? officialDateOf(ceremony) : null;

  return (
    <CommandDrawer title={t('probation.convert.title')} backTo={backTo}>
      <CommandForm<Values, ConvertAnswer>
        form={form}
        initialValues={{ personId }}
        submit={({ meetingDate, decisionDate, decisionNumber }) => convertToOfficial(personId, { meetingDate, decisionDate, decisionNumber })}
        submitLabel={official ? t('probation.convert.submit', { date: formatLocalDate(official) }) : t('probation.convert.submitPlain')}
        successMessage={(r) => t(r.reviewStatus === 'overdue' ? 'probation.convert.doneLate' : 'probation.convert.done', { name: r.person.fullName, date: formatLocalDate(r.officialDate) })}
        invalidate={PROBATION_INVALIDATES}
        onDone={() => navigate(backTo)}
      >
        <MemberField member={member.data} error={member.error} onRetry={() => void member.refetch()} />
        {official && ceremony && (
          <Alert
            className="official-date-alert"
            type="info"
            showIcon
            title={<strong>{t('probation.convert.officialTitle', { date: formatLocalDate(official) })}</strong>}
            description={t('probation.convert.officialText', { ceremony: formatLocalDate(ceremony) })}
          />
        )}
        <DateItem name="meetingDate" label={t('probation.convert.meetingDate')} required extra={t('probation.convert.meetingHelp')} />
        <DateItem
          name="decisionDate"
          label={t('probation.convert.decisionDate')}
          required
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v?: string) => (v && getFieldValue('meetingDate') && v < getFieldValue('meetingDate') ? Promise.reject(new Error(t('probation.convert.decisionBeforeMeeting'))) : Promise.resolve()),
            }),
          ]}
        />
        <Form.Item name="decisionNumber" label={t('probation.convert.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('probation.convert.decisionNumberRequired') }]}>
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        {/* the server names this field when the new-member course certificate is missing */}
        <Form.Item name="certificate" label={t('probation.convert.certificate')}>
          <CertificateNote />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}

function CertificateNote(_: { value?: unknown }) {
  const { t } = useTranslation();
  return <p className="muted certificate-note">{t('probation.convert.certificateHelp')}</p>;
}
