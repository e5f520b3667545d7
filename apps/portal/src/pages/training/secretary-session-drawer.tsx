import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { recordSecretarySession, type SecretarySessionBody } from '../../api/training';
import { formatNumber } from '../../format';
import { CommandDrawer } from '../../ui/command-drawer';
import { CommandForm } from '../../ui/command-form';
import { DateItem } from '../../ui/date-item';
import { PersonPicker } from '../../ui/person-picker';

interface Values {
  title: string;
  heldOn: string;
  endsOn?: string;
  location?: string;
  notes?: string;
  attendees: (string | undefined)[];
}

/** Bồi dưỡng bí thư chi bộ: a session and the secretaries who attended it. */
export function SecretarySessionDrawer() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const [form] = Form.useForm<Values>();
  const toBody = (v: Values): SecretarySessionBody => ({
    title: v.title,
    heldOn: v.heldOn,
    endsOn: v.endsOn ?? null,
    location: v.location || undefined,
    notes: v.notes || undefined,
    attendees: v.attendees.filter((id): id is string => Boolean(id)).map((personId) => ({ personId })),
  }) as SecretarySessionBody;
  return (
    <CommandDrawer title={t('training.secretary.title')} backTo={`/training${search}`} width={640}>
      <CommandForm<Values, Awaited<ReturnType<typeof recordSecretarySession>>>
        form={form}
        submit={(v) => recordSecretarySession(toBody(v))}
        submitLabel={t('training.secretary.submit')}
        successMessage={(r) => t('training.secretary.done', { count: formatNumber(r.attendeeCount) })}
        onDone={() => navigate(`/training${search}`)}
        initialValues={{ attendees: [undefined] }}
      >
        <Form.Item name="title" label={t('training.secretary.sessionTitle')} rules={[{ required: true, whitespace: true, message: t('training.classForm.titleRequired') }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space size="middle" wrap>
          <DateItem name="heldOn" label={t('training.secretary.heldOn')} required />
          <DateItem name="endsOn" label={t('training.secretary.endsOn')} notFuture={false} />
        </Space>
        <Form.Item name="location" label={t('training.secretary.location')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t('training.secretary.attendees')} required extra={t('training.secretary.attendeesHint')}>
          <Form.List
            name="attendees"
            rules={[{ validator: (_, v?: (string | undefined)[]) => ((v ?? []).some(Boolean) ? Promise.resolve() : Promise.reject(new Error(t('training.secretary.attendeesRequired')))) }]}
          >
            {(fields, { add, remove }, { errors }) => (
              <div className="training-stack">
                {fields.map((field, i) => (
                  <Space key={field.key} style={{ width: '100%' }}>
                    <Form.Item name={field.name} noStyle>
                      <PersonPicker id={`secretary-attendee-${i}`} aria-label={`${t('training.secretary.attendees')} ${i + 1}`} />
                    </Form.Item>
                    <Button onClick={() => remove(field.name)} disabled={fields.length === 1}>
                      {t('training.classForm.remove')}
                    </Button>
                  </Space>
                ))}
                <Button type="dashed" onClick={() => add()} style={{ alignSelf: 'flex-start' }}>
                  {t('training.secretary.addAttendee')}
                </Button>
                <Form.ErrorList errors={errors} />
              </div>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="notes" label={t('training.secretary.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </CommandForm>
    </CommandDrawer>
  );
}
