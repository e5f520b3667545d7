import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Alert, App, Button, Form, Space, type FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api/client';
import { useLocalize } from '../i18n/localize';
import { useErrorMessage } from '../layout/notices';

export interface CommandFormProps<V, R> {
  form: FormInstance<V>;
  /** Sends the command with the form's values; resolves with its answer. */
  submit: (values: V) => Promise<R>;
  submitLabel: string;
  /**
   * A destructive command asks first (striking off, dissolving, a death); a weighty but not
   * destructive one (a list of decisions) asks too, with `danger: false`.
   */
  confirm?: { title: string; description?: ReactNode; danger?: boolean };
  /** What the toast says after success; "Đã lưu" by default. */
  successMessage?: string | ((result: R) => string);
  /** Lists and records that show what the command changed. */
  invalidate?: QueryKey[];
  onDone?: (result: R, values: V) => void;
  /**
   * Where a refusal by a rule goes when the server names no field: under the control the rule is
   * about (the person whose card is refused), besides the summary at the top.
   */
  ruleField?: NamePath;
  /** Server field names that are not the form's (`id` of the path → the person picker). */
  fieldAliases?: Record<string, NamePath>;
  initialValues?: Partial<V>;
  /** Buttons beside submit (cancel). */
  extra?: ReactNode;
  disabled?: boolean;
  /** The form's name: its inputs get the ids `<name>_<field>`, its submit button `<name>-submit` (labels, end-to-end tests). */
  name?: string;
  children: ReactNode;
}

function pathOf(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * A command's form: the rules checked in the browser first (antd Form, required fields marked),
 * then the server's answer put where it belongs: each field's message under its field, a rule's
 * refusal with its regulation at the top (and under `ruleField`), focus on the first problem.
 * Nothing is written unless the whole command succeeds (the services run it in one transaction).
 */
export function CommandForm<V extends object, R = unknown>(props: CommandFormProps<V, R>) {
  const { t } = useTranslation();
  const localize = useLocalize();
  const errorMessage = useErrorMessage();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<{ error: unknown; unclaimed: FieldError[] } | null>(null);
  const { form } = props;

  const mutation = useMutation({
    mutationFn: (values: V) => props.submit(values),
    onSuccess: async (result, values) => {
      setFailure(null);
      const text = typeof props.successMessage === 'function' ? props.successMessage(result) : (props.successMessage ?? t('ui.form.saved'));
      void message.success(text);
      await Promise.all((props.invalidate ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      props.onDone?.(result, values);
    },
    onError: (error) => showFailure(error),
  });

  function showFailure(error: unknown) {
    const registered = new Set(form.getFieldsError().map((e) => JSON.stringify(e.name)));
    const fields = error instanceof ApiError ? (error.body.fields ?? []) : [];
    const placed = new Map<string, { name: NamePath; errors: string[] }>();
    const unclaimed: FieldError[] = [];
    for (const f of fields) {
      const name = props.fieldAliases?.[f.field] ?? pathOf(f.field);
      const key = JSON.stringify(Array.isArray(name) ? name : [name]);
      if (!registered.has(key)) {
        unclaimed.push(f);
        continue;
      }
      const entry = placed.get(key) ?? { name, errors: [] };
      entry.errors.push(localize(f));
      placed.set(key, entry);
    }
    if (error instanceof ApiError && error.code === 'rule_violation' && fields.length === 0 && props.ruleField !== undefined) {
      const name = props.ruleField;
      placed.set(JSON.stringify(name), { name, errors: [localize(error.body.message)] });
    }
    form.setFields([...placed.values()]);
    const first = [...placed.values()][0];
    if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
    setFailure({ error, unclaimed });
  }

  function onFinish(values: V) {
    setFailure(null);
    if (!props.confirm) {
      mutation.mutate(values);
      return;
    }
    modal.confirm({
      title: props.confirm.title,
      content: props.confirm.description,
      okText: props.submitLabel,
      okButtonProps: { danger: props.confirm.danger ?? true },
      cancelText: t('ui.form.cancel'),
      onOk: () => mutation.mutateAsync(values).catch(() => undefined),
    });
  }

  const error = failure?.error;
  const body = error instanceof ApiError ? error.body : undefined;

  return (
    <Form<V>
      form={form}
      name={props.name}
      layout="vertical"
      onFinish={onFinish}
      initialValues={props.initialValues}
      scrollToFirstError={{ focus: true, block: 'center' }}
      disabled={props.disabled || mutation.isPending}
      className="command-form"
    >
      <p className="required-legend">{t('ui.form.requiredLegend')}</p>
      {Boolean(error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          className="command-error"
          title={errorMessage(error)}
          description={
            (body?.regulation || (body?.violations?.length ?? 0) > 0 || (failure?.unclaimed.length ?? 0) > 0 || (body?.rowErrors?.length ?? 0) > 0) && (
              <>
                {body?.violations && body.violations.length > 0 && (
                  <ul>
                    {body.violations.map((v) => (
                      <li key={v.code}>
                        {localize(v)} <span className="regulation">({v.regulation})</span>
                      </li>
                    ))}
                  </ul>
                )}
                {failure && failure.unclaimed.length > 0 && (
                  <ul>
                    {failure.unclaimed.map((f) => (
                      <li key={f.field}>{localize(f)}</li>
                    ))}
                  </ul>
                )}
                {body?.rowErrors && body.rowErrors.length > 0 && (
                  <ul>
                    {body.rowErrors.slice(0, 20).map((r, i) => (
                      <li key={i}>
                        {r.row !== null && t('ui.form.row', { row: r.row })} {r.column && `[${r.column}]`} {localize(r.problem)}
                      </li>
                    ))}
                  </ul>
                )}
                {body?.regulation && <p className="regulation">{t('ui.form.regulation', { regulation: body.regulation })}</p>}
              </>
            )
          }
        />
      )}
      {props.children}
      <Space className="command-actions">
        <Button id={props.name ? `${props.name}-submit` : undefined} type="primary" htmlType="submit" danger={Boolean(props.confirm) && props.confirm?.danger !== false} loading={mutation.isPending}>
          {props.submitLabel}
        </Button>
        {props.extra}
      </Space>
    </Form>
  );
}
