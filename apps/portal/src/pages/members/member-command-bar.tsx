import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from 'antd';
import { fetchCards, fetchTransfersOf, type MemberDetail } from '../../api/members';
import { formatLocalDate } from '../../format';
import { useAuth } from '../../auth/auth-context';
import { can } from '../../auth/permissions';
import { LinkButton } from './link-button';
import { memberCommandLinks, transferOutOfBloc } from './member-commands';

/**
 * The other areas' commands opened on this person (their forms come pre-filled), only those
 * that fit the person's status and the user's role. Whether a card is held picks issue or reissue;
 * none once the person has transferred out of the bloc.
 */
export function MemberCommandBar({ member }: { member: MemberDetail }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const cards = useQuery({
    queryKey: ['members', 'cards', member.id],
    queryFn: ({ signal }) => fetchCards(member.id, signal),
    enabled: member.status === 'official' && can(me, 'members:write'),
  });
  const transfers = useQuery({ queryKey: ['transfers', 'person', member.id], queryFn: ({ signal }) => fetchTransfersOf(member.id, signal) });
  const hasActiveCard = cards.data ? cards.data.items.some((c) => c.active) : undefined;
  const left = transfers.data ? transferOutOfBloc(transfers.data.items) : null;
  if (left) {
    // a member elsewhere now: the bloc's commands no longer apply to them
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('memberRecord.leftBloc', { date: formatLocalDate(left.effectiveOn ?? left.departedOn), committee: left.toCommittee ?? '' })}
      />
    );
  }
  const links = memberCommandLinks(member, (p) => can(me, p), hasActiveCard);
  if (links.length === 0 || !transfers.data) return null;
  return (
    <nav className="member-commands" aria-label={t('memberRecord.actions.title')}>
      {links.map((l) => (
        <LinkButton key={l.key} to={l.to} id={`member-cmd-${l.key}`} danger={l.destructive}>
          {t(`memberRecord.actions.${l.key}`)}
        </LinkButton>
      ))}
    </nav>
  );
}
