import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

/** The roster import is a command of the Board: the whole page needs `members:write`. */
export const routes: RouteObject[] = [lazyPage('roster', 'members:write', () => import('./roster-page').then((m) => m.RosterPage))];
