import { Alert, Button, Form, Input, Result, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { awardBadges, type BadgeBatchResult } from '../../api/badges';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { useBadgeOutlet } from './badge-outlet';
import { canRecord, countByLevel } from './badge-round';

interface AwardValues {
  decisionNumber: string;
}

/**
 * Recording the chosen rows as one round under one decision: the drawer says how many at which
 * level, asks once more, sends them in one batch (all or none) and then shows what was recorded.
 */
export function AwardDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const outlet = useBadgeOutlet();
  const [form] = Form.useForm<AwardValues>();
  const [done, setDone] = useState<BadgeBatchResult | null>(null);
  const backTo = `/badges${location.search}`;
  const occasion = outlet?.occasion ?? '';
  const selected = outlet?.selected ?? [];
  const levels = countByLevel(selected);
  const levelText = levels.map((l) => t('badges.selectedByLevel', { level: l.level, count: formatNumber(l.count) })).join('; ');
  const count = formatNumber(selected.length);

  const body = () => {
    if (done) {
      return (
        <Result
          status="success"
          title={<h2 className="result-title">{t('badges.awardForm.resultTitle', { count: formatNumber(done.count) })}</h2>}
          subTitle={t('badges.awardForm.resultSub', { decision: done.decisionNumber, date: formatLocalDate(done.occasion) })}
          extra={
            <Button type="primary" id="badges-award-close" onClick={() => navigate(backTo)}>
              {t('badges.awardForm.close')}
            </Button>
          }
        >
          <ul className="badges-result-list" aria-label={t('badges.awardForm.people')}>
            {done.awards.map((a) => (
              <li key={a.id}>
                {a.fullName} — {t('badges.years', { level: a.level })} ({t(`badges.basis.${a.basis}`)})
              </li>
            ))}
          </ul>
        </Result>
      );
    }
    if (selected.length === 0) return <Alert type="info" showIcon title={t('badges.awardForm.nothing')} />;
    if (!canRecord(occasion, todayInVietnam())) return <Alert type="warning" showIcon title={t('badges.awardForm.future', { date: formatLocalDate(occasion) })} />;
    return (
      <>
        <p>
          <strong>{t('badges.awardForm.summary', { date: formatLocalDate(occasion), count })}</strong>
        </p>
        <Space wrap className="badges-levels">
          {levels.map((l) => (
            <Tag key={l.level} color="gold">
              {t('badges.selectedByLevel', { level: l.level, count: formatNumber(l.count) })}
            </Tag>
          ))}
        </Space>
        <ul className="badges-result-list" aria-label={t('badges.awardForm.people')}>
          {selected.map((c) => (
            <li key={`${c.personId}/${c.level}`}>
              {c.fullName} — {t('badges.years', { level: c.level })}
            </li>
          ))}
        </ul>
        <CommandForm<AwardValues, BadgeBatchResult>
          name="badge-award"
          form={form}
          submit={({ decisionNumber }) => awardBadges({ occasion, decisionNumber: decisionNumber.trim(), awards: selected.map((c) => ({ personId: c.personId, level: c.level })) })}
          submitLabel={t('badges.awardForm.submit', { count })}
          confirm={{
            title: t('badges.awardForm.confirmTitle', { count }),
            description: (
              <>
                <p>{t('badges.awardForm.confirmLevels', { levels: levelText })}</p>
                <p>{t('badges.awardForm.confirmAll')}</p>
              </>
            ),
          }}
          successMessage={(r) => t('badges.awardForm.done', { count: formatNumber(r.count) })}
          invalidate={[['badges']]}
          onDone={(r) => {
            setDone(r);
            outlet?.clearSelection();
          }}
        >
          <Form.Item
            name="decisionNumber"
            label={t('badges.awardForm.decisionNumber')}
            extra={t('badges.awardForm.decisionHint')}
            rules={[{ required: true, whitespace: true, message: t('badges.awardForm.decisionRequired') }]}
          >
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        </CommandForm>
      </>
    );
  };

  return (
    <CommandDrawer title={t('badges.awardForm.title')} backTo={backTo} width={600}>
      {body()}
    </CommandDrawer>
  );
}
