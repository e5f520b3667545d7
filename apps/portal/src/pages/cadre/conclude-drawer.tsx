import { useQuery } from '@tanstack/react-query';
import { Form, Input, Radio, Select } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { CADRE_INVALIDATES, concludeVettingCases, fetchVettingCases, VETTING_BASIS_VALUES, VETTING_RESULT_VALUES, type VettingBasis, type VettingResult } from '../../api/cadre';
import { formatLocalDate, formatNumber } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { useCadreLabels } from './use-labels';

interface Row {
  caseId: string;
  name: string;
  result?: VettingResult;
  basis?: VettingBasis;
  basisNote?: string;
  note?: string;
}
interface Values {
  conclusionNumber: string;
  concludedOn: string;
  text: string;
  cases: Row[];
}

/**
 * Ghi kết luận của Ban Thường vụ về tiêu chuẩn chính trị: one notice concluding on many people
 * (meets / does not meet), each on the police's reply to this case's letter, an earlier letter,
 * or the records held. "Does not meet" takes the person out of every plan (Quy định 50, 377).
 */
export function ConcludeDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const backTo = `/cadre/vetting${location.search}`;
  const preset = useMemo(() => {
    const fromState = (location.state as { caseIds?: string[] } | null)?.caseIds ?? [];
    const one = params.get('caseId');
    return one ? [one] : fromState;
  }, []);
  const rows = (Form.useWatch('cases', form) ?? []) as Row[];
  // cases waiting for a conclusion: open (on records), on a letter, or answered
  const pending = useQuery({
    queryKey: ['cadre', 'vetting', 'cases', 'unconcluded'],
    queryFn: ({ signal }) => fetchVettingCases({ page: 1, pageSize: 500, sort: 'fullName', order: 'asc' }, signal).then((p) => p.items.filter((c) => c.status !== 'concluded')),
  });
  const options = (pending.data ?? []).map((c) => ({
    value: c.id,
    label: `${c.person.fullName ?? ''} (${formatLocalDate(c.person.dateOfBirth)}) — ${labels.purpose(c.purpose)} · ${labels.vettingStatus(c.status)}`,
  }));
  const nameOf = (id: string) => (pending.data ?? []).find((c) => c.id === id)?.person.fullName ?? '';
  const choose = (ids: string[]) => {
    const current = (form.getFieldValue('cases') ?? []) as Row[];
    form.setFieldValue(
      'cases',
      ids.map((id) => current.find((r) => r.caseId === id) ?? { caseId: id, name: nameOf(id), result: 'meets' }),
    );
  };
  useEffect(() => {
    if (pending.data && preset.length > 0 && rows.length === 0) choose(preset.filter((id) => pending.data.some((c) => c.id === id)));
  }, [pending.data]);

  return (
    <CommandDrawer title={t('cadre.conclude.title')} backTo={backTo} width={760}>
      <CommandForm<Values, { concluded: number }>
        name="conclude"
        form={form}
        initialValues={{ cases: [] }}
        submit={(v) =>
          concludeVettingCases({
            conclusionNumber: v.conclusionNumber.trim(),
            concludedOn: v.concludedOn,
            text: v.text.trim(),
            // the rows' case ids are in the form's store, not in fields of their own
            cases: (form.getFieldValue('cases') as Row[]).map((c) => ({
              caseId: c.caseId,
              result: c.result as VettingResult,
              basis: c.basis ?? null,
              basisCaseId: null,
              basisNote: c.basis === 'earlier_request' ? c.basisNote?.trim() || null : null,
              note: c.note?.trim() || null,
            })),
          })
        }
        submitLabel={t('cadre.conclude.submit', { n: formatNumber(rows.length) })}
        successMessage={(r) => t('cadre.conclude.done', { n: formatNumber(r.concluded) })}
        invalidate={CADRE_INVALIDATES}
        onDone={() => navigate(backTo)}
        fieldAliases={Object.fromEntries(rows.map((_, i) => [`cases.${i}.basisCaseId`, ['cases', i, 'basisNote']]))}
      >
        <Form.Item name="conclusionNumber" label={t('cadre.conclude.number')} rules={[{ required: true, whitespace: true, message: t('cadre.conclude.numberRequired') }, { max: 100 }]}>
          <Input autoComplete="off" placeholder="45-TB/ĐUK" />
        </Form.Item>
        <DateItem name="concludedOn" label={t('cadre.conclude.concludedOn')} required />
        <Form.Item name="text" label={t('cadre.conclude.text')} rules={[{ required: true, whitespace: true, message: t('cadre.conclude.textRequired') }, { max: 8000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item label={t('cadre.conclude.people', { n: formatNumber(rows.length) })} htmlFor="conclude_people" required>
          <Select
            id="conclude_people"
            mode="multiple"
            loading={pending.isPending}
            value={rows.map((r) => r.caseId)}
            onChange={choose}
            showSearch={{ optionFilterProp: 'label' }}
            options={options}
            placeholder={t('cadre.conclude.peoplePlaceholder')}
          />
        </Form.Item>
        <Form.List
          name="cases"
          rules={[{ validator: (_, v?: Row[]) => ((v ?? []).length === 0 ? Promise.reject(new Error(t('cadre.conclude.peopleRequired'))) : Promise.resolve()) }]}
        >
          {(fields, _ops, { errors }) => (
            <>
              {fields.map((field, i) => {
                const row = rows[i];
                return (
                  <fieldset key={field.key} className="cadre-fieldset">
                    <legend>{row?.name || t('cadre.unknownPerson')}</legend>
                    <Form.Item name={[field.name, 'result']} label={t('cadre.conclude.result')} rules={[{ required: true, message: t('cadre.conclude.resultRequired') }]}>
                      <Radio.Group options={VETTING_RESULT_VALUES.map((r) => ({ value: r, label: labels.vettingResult(r) }))} />
                    </Form.Item>
                    <div className="cadre-row">
                      <Form.Item name={[field.name, 'basis']} label={t('cadre.conclude.basis')} extra={t('cadre.conclude.basisHint')}>
                        <Select allowClear style={{ width: 320 }} options={VETTING_BASIS_VALUES.map((b) => ({ value: b, label: labels.basis(b) }))} />
                      </Form.Item>
                      {row?.basis === 'earlier_request' && (
                        <Form.Item name={[field.name, 'basisNote']} label={t('cadre.conclude.basisNote')} rules={[{ required: true, whitespace: true, message: t('cadre.conclude.basisNoteRequired') }, { max: 500 }]} className="cadre-grow">
                          <Input placeholder={t('cadre.conclude.basisNotePlaceholder')} />
                        </Form.Item>
                      )}
                    </div>
                    <Form.Item name={[field.name, 'note']} label={t('cadre.conclude.note')}>
                      <Input maxLength={2000} />
                    </Form.Item>
                  </fieldset>
                );
              })}
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </CommandForm>
    </CommandDrawer>
  );
}
