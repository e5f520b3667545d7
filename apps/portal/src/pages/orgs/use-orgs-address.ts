import { useCallback } from 'react';
import { useLocation, useMatch, useNavigate, useSearchParams } from 'react-router-dom';
import { todayInVietnam } from '../../format';
import { selectedIdOf } from './org-tree';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What the organizations page shows, all in its address so a link, a reload or the back button
 * gives the same view: the organization selected (`/orgs/:id`), the date (`?asOf=`, today when
 * absent) and the name searched (`?q=`). Commands open below it (`/orgs/:id/rename`) and keep both.
 */
export function useOrgsAddress() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const match = useMatch('/orgs/:segment/*');
  const selectedId = selectedIdOf(match?.params.segment);
  const asOfParam = params.get('asOf');
  const today = todayInVietnam();
  const asOf = asOfParam && DATE.test(asOfParam) ? asOfParam : today;
  const q = params.get('q') ?? '';

  const withParams = useCallback(
    (patch: Record<string, string | null>) => {
      const next = new URLSearchParams(location.search);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      const s = next.toString();
      return s ? `?${s}` : '';
    },
    [location.search],
  );

  /** `/orgs/<id>` (or `/orgs/<id>/<command>`) with the date and search kept; `null` = the tree alone. */
  const to = useCallback((id: string | null, command?: string, patch: Record<string, string | null> = {}) => `/orgs${id ? `/${id}` : ''}${command ? `/${command}` : ''}${withParams(patch)}`, [withParams]);

  const select = useCallback((id: string | null) => navigate(to(id)), [navigate, to]);
  const setAsOf = useCallback((date: string | null) => setParams((p) => withDate(p, date && date !== today ? date : null), { replace: true }), [setParams, today]);
  const setQ = useCallback((text: string) => setParams((p) => withKey(p, 'q', text.trim() || null), { replace: true }), [setParams]);

  return { selectedId, asOf, isToday: asOf === today, q, to, select, setAsOf, setQ, search: location.search };
}

function withKey(p: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(p);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

const withDate = (p: URLSearchParams, date: string | null) => withKey(p, 'asOf', date);
