import { Alert, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { closeCase, DISCIPLINE_INVALIDATES, type CaseOutcome, type CloseCaseBody } from '../../api/discipline';
import { formatLocalDate, todayInVietnam } from '../../format';
import { Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCase } from './use-case';

const OUTCOMES: CaseOutcome[] = ['violation', 'no_violation', 'discontinued'];

/** Kết luận vụ kiểm tra: the date, the outcome and the conclusion told to the member's organization. */
export function CloseCaseDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id, query } = useCase();
  const [form] = Form.useForm<CloseCaseBody>();
  const backTo = `/inspection/cases/${id}`;
  const c = query.data;
  return (
    <CommandDrawer title={t('discipline.closeCase.title')} backTo={backTo}>
      {!c ? (
        <Loading />
      ) : c.status === 'closed' ? (
        <Alert type="info" showIcon title={t('discipline.closeCase.alreadyClosed', { date: formatLocalDate(c.closedOn) })} />
      ) : (
        <>
          <p className="discipline-drawer-lead">
            <strong>{c.person.fullName}</strong> — {c.decisionNumber} ({formatLocalDate(c.openedOn)})
          </p>
          <CommandForm<CloseCaseBody>
            form={form}
            name="close-case"
            initialValues={{ closedOn: todayInVietnam() }}
            submit={(v) => closeCase(id, { ...v, conclusion: v.conclusion.trim() })}
            submitLabel={t('discipline.closeCase.submit')}
            successMessage={t('discipline.closeCase.done')}
            invalidate={DISCIPLINE_INVALIDATES}
            onDone={() => navigate(backTo)}
          >
            <DateItem name="closedOn" label={t('discipline.closeCase.closedOn')} required />
            <Form.Item name="outcome" label={t('discipline.closeCase.outcome')} rules={[{ required: true, message: t('discipline.closeCase.outcomeRequired') }]}>
              <Radio.Group options={OUTCOMES.map((o) => ({ value: o, label: t(`discipline.caseOutcome.${o}`) }))} />
            </Form.Item>
            <Form.Item
              name="conclusion"
              label={t('discipline.closeCase.conclusion')}
              extra={t('discipline.closeCase.conclusionHint')}
              rules={[{ required: true, whitespace: true, message: t('discipline.closeCase.conclusionRequired') }, { max: 4000 }]}
            >
              <Input.TextArea rows={5} />
            </Form.Item>
            <p className="muted">{t('discipline.closeCase.afterwards')}</p>
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
