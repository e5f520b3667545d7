import { useQuery } from '@tanstack/react-query';
import { Checkbox, Empty, Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { CADRE_INVALIDATES, fetchVettingCases, sendVettingRequest, type SendRequestBody } from '../../api/cadre';
import { formatLocalDate, formatNumber, todayInVietnam } from '../../format';
import { ErrorNotice, Loading } from '../../layout/notices';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { CheckList } from './bits';
import { useCadreLabels } from './use-labels';

/**
 * Gửi công văn xin ý kiến Công an: one letter (its number and date) naming many people — the open
 * cases not yet on a letter, those chosen in the list ticked already. The letter is not dated
 * before any case's opening (checked by the service, the person named).
 */
export function SendRequestDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const labels = useCadreLabels();
  const [form] = Form.useForm<SendRequestBody>();
  const backTo = `/cadre/vetting${location.search}`;
  const preset = ((location.state as { caseIds?: string[] } | null)?.caseIds ?? []).filter(Boolean);
  const open = useQuery({
    queryKey: ['cadre', 'vetting', 'cases', 'open'],
    queryFn: ({ signal }) => fetchVettingCases({ status: 'open', page: 1, pageSize: 500, sort: 'fullName', order: 'asc' }, signal),
  });
  const rows = open.data?.items ?? [];
  const chosen = (Form.useWatch('caseIds', form) ?? []) as string[];
  useEffect(() => {
    if (open.data && preset.length > 0 && form.getFieldValue('caseIds') === undefined) form.setFieldValue('caseIds', preset.filter((id) => rows.some((r) => r.id === id)));
  }, [open.data]);

  return (
    <CommandDrawer title={t('cadre.request.title')} backTo={backTo} width={680}>
      <CommandForm<SendRequestBody, { id: string; people: number }>
        name="request"
        form={form}
        initialValues={{ sentOn: todayInVietnam() }}
        submit={(v) => sendVettingRequest({ letterNumber: v.letterNumber.trim(), sentOn: v.sentOn, caseIds: v.caseIds })}
        submitLabel={t('cadre.request.submit', { n: formatNumber(chosen.length) })}
        successMessage={(r) => t('cadre.request.done', { n: formatNumber(r.people) })}
        invalidate={CADRE_INVALIDATES}
        onDone={() => navigate(backTo)}
        // a refusal names the person's line (`caseIds.3`): it lands under the list of people
        fieldAliases={Object.fromEntries(chosen.map((_, i) => [`caseIds.${i}`, ['caseIds']]))}
      >
        <Form.Item name="letterNumber" label={t('cadre.request.letterNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.request.letterNumberRequired') }, { max: 100 }]}>
          <Input autoComplete="off" placeholder="125-CV/BTCĐUK" />
        </Form.Item>
        <DateItem name="sentOn" label={t('cadre.request.sentOn')} required />
        {open.isPending ? (
          <Loading />
        ) : open.isError ? (
          <ErrorNotice error={open.error} />
        ) : rows.length === 0 ? (
          <Empty description={t('cadre.request.none')} />
        ) : (
          <>
            <Checkbox
              className="cadre-select-all"
              checked={chosen.length === rows.length}
              indeterminate={chosen.length > 0 && chosen.length < rows.length}
              onChange={(e) => form.setFieldValue('caseIds', e.target.checked ? rows.map((r) => r.id) : [])}
            >
              {t('cadre.request.all', { n: formatNumber(rows.length) })}
            </Checkbox>
            <Form.Item name="caseIds" label={t('cadre.request.people', { n: formatNumber(chosen.length) })} rules={[{ required: true, message: t('cadre.request.peopleRequired') }]}>
              <CheckList
                label={t('cadre.request.people', { n: formatNumber(chosen.length) })}
                options={rows.map((c) => ({
                  value: c.id,
                  label: (
                    <>
                      {c.person.fullName ?? t('cadre.unknownPerson')}{' '}
                      <span className="muted">
                        ({formatLocalDate(c.person.dateOfBirth)}) — {labels.purpose(c.purpose)}, {t('cadre.request.openedOn', { date: formatLocalDate(c.openedOn) })}
                      </span>
                    </>
                  ),
                }))}
              />
            </Form.Item>
          </>
        )}
      </CommandForm>
    </CommandDrawer>
  );
}
