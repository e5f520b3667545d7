import { ROLES, type Role } from '@party/contracts';
import { Checkbox, Form, Input, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../i18n/localize';
import { OrgPicker } from '../../ui/org-picker';
import { isScoped, mixesScopes, strongEnough, type UserFormValues } from './user-changes';
import './admin.css';

/**
 * The fields both user drawers share: name, password (required for a new account, optional when
 * editing), roles, and the organization for a scoped role, chosen in the organization tree.
 */
export function UserFields({ form, creating }: { form: FormInstance<UserFormValues>; creating: boolean }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const roles = Form.useWatch('roles', form) as Role[] | undefined;
  const password = Form.useWatch('password', form) as string | undefined;

  return (
    <>
      {creating && (
        <Form.Item
          name="username"
          label={t('users.fields.username')}
          extra={t('users.fields.usernameHint')}
          rules={[
            { required: true, whitespace: true, message: t('users.rules.usernameRequired') },
            { pattern: /^\s*[A-Za-z0-9._-]{3,32}\s*$/, message: t('users.rules.usernameFormat') },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
      )}
      <Form.Item name="fullName" label={t('users.fields.fullName')} rules={[{ required: true, whitespace: true, message: t('users.rules.fullNameRequired') }]}>
        <Input autoComplete="off" maxLength={120} />
      </Form.Item>
      <Form.Item
        name="password"
        label={creating ? t('users.fields.password') : t('users.fields.newPassword')}
        extra={creating ? t('users.fields.passwordHint') : t('users.fields.newPasswordHint')}
        rules={[
          ...(creating ? [{ required: true, message: t('users.rules.passwordRequired') }] : []),
          { validator: (_: unknown, v?: string) => (!v || strongEnough(v) ? Promise.resolve() : Promise.reject(new Error(t('users.rules.passwordWeak')))) },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {(creating || Boolean(password)) && (
        <Form.Item
          name="confirmPassword"
          label={t('users.fields.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('users.rules.passwordMismatch') },
            ({ getFieldValue }) => ({
              validator: (_: unknown, v?: string) => (v === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('users.rules.passwordMismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item
        name="roles"
        label={t('users.fields.roles')}
        rules={[
          { required: true, type: 'array', min: 1, message: t('users.rules.rolesRequired') },
          { validator: (_: unknown, v?: Role[]) => (mixesScopes(v) ? Promise.reject(new Error(t('users.rules.scopedMix'))) : Promise.resolve()) },
        ]}
      >
        <Checkbox.Group className="role-choice" options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))} />
      </Form.Item>
      {isScoped(roles) && (
        <Form.Item
          name="orgScopeId"
          label={t('users.fields.orgScopeId')}
          extra={t('users.fields.orgScopeHint')}
          rules={[{ required: true, message: t('users.rules.orgRequired') }]}
        >
          <OrgPicker />
        </Form.Item>
      )}
    </>
  );
}
