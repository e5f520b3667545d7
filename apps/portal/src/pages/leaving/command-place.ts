import { useLocation, useSearchParams } from 'react-router-dom';

/** The address parameters a leaving command reads besides the list's own. */
const OWN = ['personId', 'back'];

/**
 * Where a leaving command was opened from: `?personId=` pre-fills the person (the member record
 * links here), `?back=/members/…` returns there when the drawer closes; otherwise back to the
 * leaving page with its list as it was.
 */
export function useCommandPlace(): { personId: string | undefined; backTo: string } {
  const [params] = useSearchParams();
  const { search } = useLocation();
  const back = params.get('back');
  const list = new URLSearchParams(search);
  for (const k of OWN) list.delete(k);
  const rest = list.toString();
  // only a path of this portal: never another site (`//evil`, `https:`)
  const safeBack = back && back.startsWith('/') && !back.startsWith('//') ? back : null;
  return { personId: params.get('personId') ?? undefined, backTo: safeBack ?? `/leaving${rest ? `?${rest}` : ''}` };
}
