import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { CADRE_INVALIDATES, fetchBoard, planPost, type PlanBody } from '../../api/cadre';
import { formatNumber } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';
import { useBoardAddress } from './board-page';
import { capUse } from './cadre-model';
import { useCadreLabels } from './use-labels';

type Values = Omit<PlanBody, 'personIds' | 'orgId' | 'committeeKind' | 'post' | 'term'> & { personIds: (string | undefined)[] };

const MAX_PEOPLE = 10;

/**
 * Ghi quyết định phê duyệt quy hoạch một chức danh: the people planned for the board's post. The
 * cadre service checks each on the decision date (a member, not already planned, 3 people per
 * post, 3 posts per person at one level, an age that allows the whole term) and refuses under
 * the person at fault with the rule and its regulation, writing nobody.
 */
export function PlanDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [params] = useSearchParams();
  const labels = useCadreLabels();
  const [form] = Form.useForm<Values>();
  const { complete } = useBoardAddress(Object.fromEntries(params));
  const backTo = `/cadre/planning/board${search}`;
  const current = useQuery({
    queryKey: ['cadre', 'board', 'inPlan', complete],
    queryFn: ({ signal }) => fetchBoard({ ...(complete as NonNullable<typeof complete>), status: 'in_plan', page: 1, pageSize: 50 }, signal),
    enabled: complete !== null,
  });
  const b = current.data;
  const cap = b ? capUse(b.caps) : null;

  return (
    <CommandDrawer title={t('cadre.plan.title')} backTo={backTo} width={640}>
      {!complete ? (
        <Alert type="warning" showIcon title={t('cadre.board.chooseAll')} />
      ) : (
        <>
          <p className="cadre-drawer-context">{b ? t('cadre.board.titleOf', { post: labels.post(b.post), org: b.orgName ?? t('cadre.unknownOrg'), term: b.term }) : labels.post(complete.post)}</p>
          {b && cap && (
            <p className="muted" id="plan-current">
              {t('cadre.plan.current', { use: cap.text, names: b.items.map((r) => r.person.fullName ?? '').join(', ') || '—', regulation: b.caps.regulation })}
            </p>
          )}
          <CommandForm<Values, { ids: string[] }>
            name="plan"
            form={form}
            initialValues={{ personIds: [undefined] }}
            submit={(v) =>
              planPost({
                ...complete,
                personIds: v.personIds.filter((p): p is string => Boolean(p)),
                decisionNumber: v.decisionNumber.trim(),
                decidedOn: v.decidedOn,
                note: v.note?.trim() || null,
              })
            }
            submitLabel={t('cadre.plan.submit')}
            successMessage={(r) => t('cadre.plan.done', { n: formatNumber(r.ids.length) })}
            invalidate={CADRE_INVALIDATES}
            onDone={() => navigate(backTo)}
          >
            <Form.List name="personIds">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, i) => (
                    <div key={field.key} className="cadre-row">
                      <Form.Item name={field.name} label={t('cadre.plan.person', { n: i + 1 })} rules={[{ required: true, message: t('cadre.fields.personRequired') }]} className="cadre-grow">
                        <PersonPicker status="official" />
                      </Form.Item>
                      {fields.length > 1 && (
                        <Button type="text" className="cadre-remove" icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('cadre.plan.removePerson', { n: i + 1 })} />
                      )}
                    </div>
                  ))}
                  {fields.length < MAX_PEOPLE && (
                    <Button id="plan-add-person" icon={<PlusOutlined />} onClick={() => add(undefined)} className="cadre-add">
                      {t('cadre.plan.addPerson')}
                    </Button>
                  )}
                </>
              )}
            </Form.List>
            <Form.Item name="decisionNumber" label={t('cadre.fields.decisionNumber')} rules={[{ required: true, whitespace: true, message: t('cadre.fields.decisionNumberRequired') }, { max: 60 }]}>
              <Input autoComplete="off" placeholder="35-QĐ/ĐUK" />
            </Form.Item>
            <DateItem name="decidedOn" label={t('cadre.fields.decisionDate')} required extra={t('cadre.plan.dateHint')} />
            <Form.Item name="note" label={t('cadre.fields.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
            </Form.Item>
          </CommandForm>
        </>
      )}
    </CommandDrawer>
  );
}
