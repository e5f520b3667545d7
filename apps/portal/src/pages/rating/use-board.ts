import { useQuery } from '@tanstack/react-query';
import { useOutletContext, useParams } from 'react-router-dom';
import { fetchGroupBoard, fetchRound, RATING_KEY, type Round, type Subject, type SubjectPage } from '../../api/rating';

/** What the board hands to its command drawers: the round, the group, every row and the rows chosen. */
export interface BoardContext {
  round: Round;
  group: NonNullable<SubjectPage['group']> | null;
  rows: Subject[];
  /** In the board's order. */
  selected: Subject[];
  select: (ids: Iterable<string>) => void;
  /** The board's address, with its filters. */
  backTo: string;
}

export const useBoardContext = () => useOutletContext<BoardContext>();

/** The round and the whole board of the group in the address (`/rating/rounds/:id/groups/:group`). */
export function useBoard() {
  // react-router decodes the segment: a key is `tccsd`, `chi-bo-truc-thuoc:<uuid>`, `dang-vien:<uuid>`
  const { id = '', group = '' } = useParams();
  const round = useQuery({ queryKey: [...RATING_KEY, 'round', id], queryFn: ({ signal }) => fetchRound(id, signal), enabled: Boolean(id) });
  const board = useQuery({ queryKey: [...RATING_KEY, 'board', id, group], queryFn: ({ signal }) => fetchGroupBoard(id, group, signal), enabled: Boolean(id && group) });
  return { id, group, round, board };
}
