import { useQuery } from '@tanstack/react-query';
import { Checkbox, Empty, Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { CADRE_INVALIDATES, fetchVettingRequest, fetchVettingRequests, recordVettingReplies, VETTING_OPINION_VALUES, type VettingOpinion } from '../../api/cadre';
import { formatLocalDate, formatNumber } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { sentRowAliases } from './cadre-model';
import { useCadreLabels } from './use-labels';

interface Row {
  caseId: string;
  name: string;
  include: boolean;
  opinion?: VettingOpinion;
  summary?: string;
}
interface Values {
  replyNumber: string;
  repliedOn: string;
  requestId?: string;
  cases: Row[];
}

/**
 * Ghi văn bản trả lời của Công an: one reply letter about the people of one of our letters — the
 * opinion per person, with the matters noted summarised (confidential). The reply is not dated
 * before our letter; a refusal lands under the person it is about.
 */
export function RepliesDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [params] = useSearchParams();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const backTo = `/cadre/vetting${search}`;
  const requestId = (Form.useWatch('requestId', form) as string | undefined) ?? params.get('requestId') ?? undefined;
  const rows = (Form.useWatch('cases', form) ?? []) as Row[];
  const letters = useQuery({
    queryKey: ['cadre', 'vetting', 'requests', 'pending'],
    queryFn: ({ signal }) => fetchVettingRequests({ page: 1, pageSize: 200, sort: 'sentOn', order: 'desc' }, signal).then((p) => p.items.filter((r) => r.replied < r.people)),
  });
  const letter = useQuery({ queryKey: ['cadre', 'vetting', 'request', requestId], queryFn: ({ signal }) => fetchVettingRequest(requestId as string, signal), enabled: Boolean(requestId) });
  useEffect(() => {
    if (!letter.data) return;
    const waiting = letter.data.cases.filter((c) => c.status === 'requested');
    form.setFieldValue(
      'cases',
      waiting.map((c) => ({ caseId: c.id, name: c.person.fullName ?? '', include: true, opinion: 'no_issue' })),
    );
  }, [letter.data]);

  return (
    <CommandDrawer title={t('cadre.replies.title')} backTo={backTo} width={760}>
      <CommandForm<Values, { replied: number }>
        name="replies"
        form={form}
        initialValues={{ requestId: params.get('requestId') ?? undefined, cases: [] }}
        submit={(v) =>
          recordVettingReplies({
            replyNumber: v.replyNumber.trim(),
            repliedOn: v.repliedOn,
            // the rows' case ids are in the form's store, not in fields of their own
            cases: (form.getFieldValue('cases') as Row[])
              .filter((c) => c.include)
              .map((c) => ({ caseId: c.caseId, opinion: c.opinion as VettingOpinion, summary: c.summary?.trim() || null })),
          })
        }
        submitLabel={t('cadre.replies.submit', { n: formatNumber(rows.filter((r) => r.include).length) })}
        successMessage={(r) => t('cadre.replies.done', { n: formatNumber(r.replied) })}
        invalidate={CADRE_INVALIDATES}
        onDone={() => navigate(backTo)}
        fieldAliases={sentRowAliases(
          'cases',
          rows.map((r) => r.include),
          ['opinion', 'summary', 'caseId'],
        )}
      >
        <Form.Item name="requestId" label={t('cadre.replies.letter')} rules={[{ required: true, message: t('cadre.replies.letterRequired') }]}>
          <Select
            loading={letters.isPending}
            options={(letters.data ?? []).map((r) => ({
              value: r.id,
              label: t('cadre.replies.letterOption', { number: r.letterNumber, date: formatLocalDate(r.sentOn), waiting: formatNumber(r.people - r.replied) }),
            }))}
          />
        </Form.Item>
        <Form.Item name="replyNumber" label={t('cadre.replies.replyNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.replies.replyNumberRequired') }, { max: 100 }]}>
          <Input autoComplete="off" placeholder="215/CAT-PA03" />
        </Form.Item>
        <DateItem name="repliedOn" label={t('cadre.replies.repliedOn')} required />
        {letter.isFetching && <Loading />}
        {letter.isError && <ErrorNotice error={letter.error} />}
        {requestId && letter.data && rows.length === 0 && <Empty description={t('cadre.replies.none')} />}
        <Form.List name="cases">
          {(fields) =>
            fields.map((field, i) => {
              const row = rows[i];
              return (
                <fieldset key={field.key} className="cadre-fieldset">
                  <legend>{row?.name || t('cadre.unknownPerson')}</legend>
                  <Form.Item name={[field.name, 'include']} valuePropName="checked" noStyle>
                    <Checkbox>{t('cadre.replies.include')}</Checkbox>
                  </Form.Item>
                  {row?.include && (
                    <>
                      <Form.Item name={[field.name, 'opinion']} label={t('cadre.replies.opinion')} rules={[{ required: true }]}>
                        <Radio.Group options={VETTING_OPINION_VALUES.map((o) => ({ value: o, label: labels.opinion(o) }))} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'summary']}
                        label={t('cadre.replies.summary')}
                        rules={[{ required: row.opinion === 'issues_noted', whitespace: true, message: t('cadre.replies.summaryRequired') }, { max: 4000 }]}
                      >
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                      </Form.Item>
                    </>
                  )}
                </fieldset>
              );
            })
          }
        </Form.List>
      </CommandForm>
    </CommandDrawer>
  );
}
