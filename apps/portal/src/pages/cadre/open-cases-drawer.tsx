import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { CADRE_INVALIDATES, openVettingCases, VETTING_PURPOSE_VALUES, type OpenCasesBody } from '../../api/cadre';
import { formatNumber, todayInVietnam } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';
import { useCadreLabels } from './use-labels';

type Values = Omit<OpenCasesBody, 'personIds'> & { personIds: (string | undefined)[] };

/** Mở hồ sơ thẩm tra cho nhiều người, one purpose, one day: one case each; anyone refused is named under their line and nothing is written. */
export function OpenCasesDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const purpose = Form.useWatch('purpose', form);
  const backTo = `/cadre/vetting${search}`;
  return (
    <CommandDrawer title={t('cadre.openCases.title')} backTo={backTo} width={640}>
      <CommandForm<Values, { ids: string[] }>
        name="openCases"
        form={form}
        initialValues={{ purpose: 'planning', openedOn: todayInVietnam(), personIds: [undefined] }}
        submit={(v) => openVettingCases({ purpose: v.purpose, purposeNote: v.purposeNote?.trim() || null, openedOn: v.openedOn, personIds: v.personIds.filter((p): p is string => Boolean(p)) })}
        submitLabel={t('cadre.openCases.submit')}
        successMessage={(r) => t('cadre.openCases.done', { n: formatNumber(r.ids.length) })}
        invalidate={CADRE_INVALIDATES}
        onDone={() => navigate(backTo)}
      >
        <Form.Item name="purpose" label={t('cadre.vetting.purpose')} rules={[{ required: true }]}>
          <Select options={VETTING_PURPOSE_VALUES.map((p) => ({ value: p, label: labels.purpose(p) }))} />
        </Form.Item>
        <Form.Item
          name="purposeNote"
          label={t('cadre.openCases.purposeNote')}
          extra={t('cadre.openCases.purposeNoteHint')}
          rules={[{ required: purpose === 'other', whitespace: true, message: t('cadre.openCases.purposeNoteRequired') }, { max: 300 }]}
        >
          <Input />
        </Form.Item>
        <DateItem name="openedOn" label={t('cadre.openCases.openedOn')} required />
        <fieldset className="cadre-fieldset">
          <legend>{t('cadre.openCases.people')}</legend>
          <Form.List name="personIds">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <div key={field.key} className="cadre-row">
                    <Form.Item name={field.name} label={t('cadre.plan.person', { n: i + 1 })} rules={[{ required: true, message: t('cadre.fields.personRequired') }]} className="cadre-grow">
                      <PersonPicker />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button type="text" className="cadre-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('cadre.plan.removePerson', { n: i + 1 })} />
                    )}
                  </div>
                ))}
                <Button id="openCases-add" icon={<PlusOutlined />} onClick={() => add(undefined)}>
                  {t('cadre.plan.addPerson')}
                </Button>
              </>
            )}
          </Form.List>
        </fieldset>
      </CommandForm>
    </CommandDrawer>
  );
}
