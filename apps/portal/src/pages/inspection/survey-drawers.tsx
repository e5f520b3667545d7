import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Empty, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { fetchSurveys, issueInstruction, recordSurvey, type InstructionBody, type RecordSurveyBody } from '../../api/inspection';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { OrgPicker } from '../../ui/org-picker';
import { yearFrom } from './inspection-year';

/** Back to the surveys page as it was (its tab, year, filters), without the drawer's own parameters. */
function useBack() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  params.delete('orgId');
  const rest = params.toString();
  return `/inspection/surveys${rest ? `?${rest}` : ''}`;
}

/** Ghi nhận khảo sát hồ sơ một tổ chức cơ sở đảng (`surveys/new`, `?orgId=` from the coverage map). */
export function SurveyDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = useBack();
  const [form] = Form.useForm<RecordSurveyBody>();
  return (
    <CommandDrawer title={t('inspection.surveyForm.title')} backTo={back} width={620}>
      <CommandForm<RecordSurveyBody, { id: string }>
        name="survey"
        form={form}
        submit={(values) => recordSurvey({ ...values, team: (values.team ?? []).map((n) => n.trim()).filter(Boolean) })}
        submitLabel={t('inspection.surveyForm.submit')}
        successMessage={t('inspection.surveyForm.done')}
        invalidate={[['inspection']]}
        onDone={() => navigate(back)}
        initialValues={{ orgId: params.get('orgId') ?? undefined, team: [] }}
      >
        <Form.Item name="orgId" label={t('inspection.surveyForm.org')} rules={[{ required: true, message: t('inspection.surveyForm.orgRequired') }]} extra={t('inspection.surveyForm.orgHint')}>
          <OrgPicker />
        </Form.Item>
        <DateItem name="surveyedOn" label={t('inspection.surveyForm.surveyedOn')} required />
        <Form.Item name="team" label={t('inspection.surveyForm.team')} extra={t('inspection.surveyForm.teamHint')}>
          <Select mode="tags" open={false} tokenSeparators={[',', ';']} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="findings" label={t('inspection.surveyForm.findings')} rules={[{ required: true, whitespace: true, message: t('inspection.surveyForm.findingsRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={8000} showCount />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}

/**
 * Văn bản chỉ đạo sau khảo sát (`surveys/instruction`): one document for several surveys of the
 * year that have none yet, dated on or after each of them.
 */
export function InstructionDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const back = useBack();
  const [form] = Form.useForm<InstructionBody>();
  const year = yearFrom(params.get('year')) ?? Number(todayInVietnam().slice(0, 4));
  const surveys = useQuery({
    queryKey: ['inspection', 'surveys', 'withoutInstruction', year],
    queryFn: ({ signal }) => fetchSurveys({ year, pageSize: 500, sort: 'surveyedOn', order: 'asc' } as Parameters<typeof fetchSurveys>[0], signal),
  });
  const open = (surveys.data?.items ?? []).filter((s) => !s.instruction);
  const chosen = (Form.useWatch('surveyIds', form) as string[] | undefined) ?? [];
  const latest = open.filter((s) => chosen.includes(s.id)).reduce<string | null>((m, s) => (m && m > s.surveyedOn ? m : s.surveyedOn), null);

  return (
    <CommandDrawer title={t('inspection.instructionForm.title')} backTo={back} width={680}>
      <CommandForm<InstructionBody>
        name="instruction"
        form={form}
        submit={issueInstruction}
        submitLabel={t('inspection.instructionForm.submit')}
        successMessage={t('inspection.instructionForm.done')}
        invalidate={[['inspection']]}
        onDone={() => navigate(back)}
        initialValues={{ surveyIds: [] }}
        disabled={open.length === 0}
        // a refused survey is named by its position: its message goes under the list
        fieldAliases={Object.fromEntries(chosen.map((_, i) => [`surveyIds.${i}`, 'surveyIds']))}
      >
        <Form.Item name="instructionNumber" label={t('inspection.instructionForm.number')} rules={[{ required: true, whitespace: true, message: t('inspection.instructionForm.numberRequired') }]}>
          <Input maxLength={100} placeholder="163-CV/BTCĐUK" style={{ maxWidth: 280 }} />
        </Form.Item>
        <DateItem
          name="instructionDate"
          label={t('inspection.instructionForm.date')}
          required
          extra={latest ? t('inspection.instructionForm.dateHint', { date: formatLocalDate(latest) }) : undefined}
        />
        {open.length > 0 && (
          <Space wrap className="inspection-select-all">
            <Button id="instruction-select-all" onClick={() => form.setFieldValue('surveyIds', open.map((s) => s.id))}>
              {t('inspection.instructionForm.selectAll', { n: formatNumber(open.length) })}
            </Button>
            <Button id="instruction-select-none" onClick={() => form.setFieldValue('surveyIds', [])}>
              {t('inspection.instructionForm.selectNone')}
            </Button>
            <span className="muted" role="status">
              {t('inspection.instructionForm.chosen', { n: formatNumber(chosen.length) })}
            </span>
          </Space>
        )}
        <Form.Item
          name="surveyIds"
          label={t('inspection.instructionForm.surveys', { year, n: formatNumber(open.length) })}
          rules={[{ required: true, type: 'array', min: 1, message: t('inspection.instructionForm.surveysRequired') }]}
        >
          <Checkbox.Group className={open.length ? 'inspection-survey-checks' : undefined}>
            {open.map((s) => (
              <Checkbox key={s.id} value={s.id}>
                {s.orgName} · {formatLocalDate(s.surveyedOn)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {open.length === 0 && !surveys.isPending && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.instructionForm.noneOpen', { year })} />}
      </CommandForm>
    </CommandDrawer>
  );
}
