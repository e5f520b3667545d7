import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembershipStatus } from '../../api/members';

// Colours only repeat the text (never the only sign): members green/blue, the way in gold, ended grey or red.
const COLOURS: Record<MembershipStatus, string> = {
  masses: 'default',
  candidate: 'gold',
  probationary: 'blue',
  official: 'green',
  removedFromProbation: 'default',
  struckOff: 'default',
  left: 'default',
  died: 'default',
  expelled: 'red',
};

export function MemberStatusTag({ status }: { status: MembershipStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status] ?? 'default'}>{t(`members.status.${status}`, { defaultValue: status })}</Tag>;
}
