import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type SortOrder = 'asc' | 'desc';

/** What a list shows, kept in the address so a link, a reload or the back button gives the same view. */
export interface TableState {
  page: number;
  pageSize: number;
  sort: string | undefined;
  order: SortOrder;
  /** Columns chosen by the reader; undefined = the table's defaults. */
  columns: string[] | undefined;
  /** The list's own filters (`q`, `orgId`, `status`…), as text. */
  filters: Record<string, string>;
}

const PAGE_SIZES = [20, 50, 100, 200] as const;
export const PAGE_SIZE_OPTIONS = PAGE_SIZES.map(String);

/**
 * The table state of the page's address. `filterKeys` names the parameters that are this list's
 * filters; changing a filter or the sort goes back to page 1. `prefix` lets two tables share a page.
 */
export function useTableState(
  filterKeys: readonly string[] = [],
  { prefix = '', defaultPageSize = 50, defaultSort }: { prefix?: string; defaultPageSize?: number; defaultSort?: { sort: string; order: SortOrder } } = {},
): [TableState, (patch: Partial<TableState>) => void] {
  const [params, setParams] = useSearchParams();
  const key = (k: string) => `${prefix}${k}`;
  const state = useMemo<TableState>(() => {
    const page = Number(params.get(key('page')));
    const pageSize = Number(params.get(key('pageSize')));
    const order = params.get(key('order'));
    const columns = params.get(key('cols'));
    return {
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
      sort: params.get(key('sort')) ?? defaultSort?.sort,
      order: order === 'desc' || order === 'asc' ? order : (defaultSort?.order ?? 'asc'),
      columns: columns ? columns.split(',').filter(Boolean) : undefined,
      filters: Object.fromEntries(filterKeys.flatMap((f) => (params.get(key(f)) ? [[f, params.get(key(f)) as string]] : []))),
    };
  }, [params, prefix, defaultPageSize, defaultSort?.sort, defaultSort?.order, filterKeys.join(',')]);

  const update = useCallback(
    (patch: Partial<TableState>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          const set = (k: string, v: string | undefined | null) => (v ? next.set(key(k), v) : next.delete(key(k)));
          const resetPage = patch.filters !== undefined || patch.sort !== undefined || patch.order !== undefined || patch.pageSize !== undefined;
          if (patch.filters) {
            for (const f of filterKeys) set(f, patch.filters[f]);
          }
          if (patch.sort !== undefined) set('sort', patch.sort);
          if (patch.order !== undefined) set('order', patch.order === 'asc' && !defaultSort ? null : patch.order);
          if (patch.pageSize !== undefined) set('pageSize', patch.pageSize === defaultPageSize ? null : String(patch.pageSize));
          if (patch.columns !== undefined) set('cols', patch.columns?.join(','));
          const page = patch.page ?? (resetPage ? 1 : undefined);
          if (page !== undefined) set('page', page > 1 ? String(page) : null);
          return next;
        },
        { replace: patch.page === undefined },
      );
    },
    [setParams, prefix, defaultPageSize, defaultSort, filterKeys.join(',')],
  );
  return [state, update];
}

/** The list query of a paged route from the table state: `{page, pageSize, sort, order, ...filters}`. */
export function listParams(state: TableState): { page: number; pageSize: number; sort?: string; order: SortOrder } & Record<string, string | number | undefined> {
  return { ...state.filters, page: state.page, pageSize: state.pageSize, sort: state.sort, order: state.order };
}
