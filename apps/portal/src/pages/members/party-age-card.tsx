import { useQuery } from '@tanstack/react-query';
import { Card, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchPartyAge, type MemberDetail } from '../../api/members';
import { formatLocalDate, formatNumber } from '../../format';

/** Tuổi đảng today, counted from the admission decision less interruptions (Điều lệ Đảng, Điều 5). */
export function PartyAgeCard({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const isMember = Boolean(member.admissionDecisionDate);
  const age = useQuery({ queryKey: ['members', 'party-age', member.id], queryFn: ({ signal }) => fetchPartyAge(member.id, signal), enabled: isMember });
  const title = <h2 className="card-heading">{t('memberRecord.partyAge.title')}</h2>;
  if (!isMember) {
    return (
      <Card title={title} size="small">
        <Typography.Text type="secondary">{t('memberRecord.partyAge.notMember')}</Typography.Text>
      </Card>
    );
  }
  return (
    <Card title={title} size="small" loading={age.isPending}>
      {age.isError && <Typography.Text type="secondary">{t('memberRecord.partyAge.unavailable')}</Typography.Text>}
      {age.data && (
        <>
          <Statistic value={t('memberRecord.partyAge.value', { years: formatNumber(age.data.fullYears) })} />
          <Typography.Paragraph className="small" style={{ marginBottom: 4 }}>
            {t('memberRecord.partyAge.days', { days: formatNumber(age.data.days), from: formatLocalDate(age.data.effectiveStart) })}
          </Typography.Paragraph>
          {age.data.interruptedDays > 0 && (
            <Typography.Paragraph className="small" style={{ marginBottom: 4 }}>
              {t('memberRecord.partyAge.interrupted', { days: formatNumber(age.data.interruptedDays) })}
            </Typography.Paragraph>
          )}
          {!age.data.official && (
            <Typography.Paragraph type="secondary" className="small" style={{ marginBottom: 4 }}>
              {t('memberRecord.partyAge.probationary')}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary" className="small regulation">
            {age.data.regulation}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
