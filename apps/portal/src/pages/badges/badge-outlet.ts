import { useOutletContext } from 'react-router-dom';
import type { BadgeCandidate } from '../../api/badges';

/** What the list hands to the award drawer: the round and the rows chosen in it. */
export interface BadgeOutlet {
  occasion: string;
  selected: BadgeCandidate[];
  clearSelection: () => void;
}

export const useBadgeOutlet = () => useOutletContext<BadgeOutlet | undefined>();
