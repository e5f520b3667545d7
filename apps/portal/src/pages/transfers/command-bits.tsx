import { useQuery } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router-dom';
import { fetchMember } from '../../api/members';
import { TRANSFERS_KEY } from '../../api/transfers';
import { PersonPicker } from '../../ui/person-picker';
import { OrgName } from './transfer-bits';

/** A transfer changes the lists, their counts, the transfer itself and the member's record. */
export const TRANSFER_INVALIDATE = [[...TRANSFERS_KEY], ['members']];

/** Where a command opened over the list goes back to: the list as it was (without the command's own `personId`). */
export function useListBack(): string {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete('personId');
  const s = params.toString();
  return `/transfers${s ? `?${s}` : ''}`;
}

/** Where a command opened over one transfer goes back to: that transfer, keeping the list it came from. */
export function useTransferBack(id: string): string {
  const [params] = useSearchParams();
  const back = params.get('back');
  return `/transfers/${id}${back ? `?back=${encodeURIComponent(back)}` : ''}`;
}

/** `?personId=` of the address: a command started from a member's page comes with the member chosen. */
export function usePersonFromAddress(): string | undefined {
  const [params] = useSearchParams();
  return params.get('personId') ?? undefined;
}

/** The member who moves (members of the bloc the user may see). */
export function PersonItem() {
  const { t } = useTranslation();
  return (
    <Form.Item name="personId" label={t('transfers.form.person')} rules={[{ required: true, message: t('transfers.form.personRequired') }]}>
      <PersonPicker />
    </Form.Item>
  );
}

/** Where the chosen member is active now: the source of the move. */
export function CurrentOrg({ personId }: { personId: string | undefined }) {
  const { t } = useTranslation();
  const member = useQuery({ queryKey: ['members', 'one', personId], queryFn: ({ signal }) => fetchMember(personId as string, signal), enabled: Boolean(personId), staleTime: 60_000 });
  if (!personId || !member.data?.orgId) return null;
  return (
    <p className="muted" role="status">
      {t('transfers.form.currentOrg')}{' '}
      <OrgName id={member.data.orgId} />
    </p>
  );
}

export function LetterNumberItem() {
  const { t } = useTranslation();
  return (
    <Form.Item name="letterNumber" label={t('transfers.form.letterNumber')} rules={[{ required: true, whitespace: true, message: t('transfers.form.letterNumberRequired') }, { max: 64 }]}>
      <Input placeholder={t('transfers.form.letterNumberPlaceholder')} maxLength={64} autoComplete="off" />
    </Form.Item>
  );
}

/** A committee outside the bloc, written as the letter writes it. */
export function CommitteeItem({ name, label, required }: { name: string | string[]; label: string; required: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, message: required }, { max: 255 }]}>
      <Input placeholder={t('transfers.form.committeePlaceholder')} maxLength={255} />
    </Form.Item>
  );
}
