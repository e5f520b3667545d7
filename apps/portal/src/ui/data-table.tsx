import { Alert, Button, Checkbox, Popover, Space, Table, type TableProps } from 'antd';
import type { SortOrder as AntSortOrder } from 'antd/es/table/interface';
import { useState, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDate, formatNumber } from '../format';
import { useErrorMessage } from '../layout/notices';
import { downloadXlsx, type ExportValue } from './export-xlsx';
import { PAGE_SIZE_OPTIONS, type TableState } from './url-state';

export interface DataColumn<T> {
  key: string;
  title: string;
  /** What the cell shows; the export value (or nothing) by default. */
  render?: (row: T) => ReactNode;
  /** What the export writes: a number stays a number, `YYYY-MM-DD` becomes a date. */
  value?: (row: T) => ExportValue;
  /** The server's sort column (server lists). */
  sortKey?: string;
  /** How two rows compare (lists held in the page). */
  compare?: (a: T, b: T) => number;
  /** Left out until the reader chooses it. */
  optional?: boolean;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** Kept in view while the table scrolls sideways (a row's actions on a tablet). */
  fixed?: 'left' | 'right';
}

export interface Paged<T> {
  items: T[];
  total: number;
  /** False when the server stopped counting: `total` is then a lower bound ("more than 10.000"). */
  totalExact?: boolean;
  page: number;
  pageSize: number;
}

interface Common<T> {
  /** Names the table for screen readers and the export's sheet. */
  label: string;
  /** The export's file name, without extension. */
  exportName: string;
  columns: DataColumn<T>[];
  rowKey: (row: T) => Key;
  state: TableState;
  onState: (patch: Partial<TableState>) => void;
  /** Filters and actions above the table. */
  toolbar?: ReactNode;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  rowSelection?: TableProps<T>['rowSelection'];
  expandable?: TableProps<T>['expandable'];
  rowClassName?: (row: T) => string;
  /** What an empty list says. */
  empty?: ReactNode;
}

/** Rows paged, sorted and filtered by the server; `fetchPage` reads more for the export. */
export interface ServerTableProps<T> extends Common<T> {
  data: Paged<T> | undefined;
  fetchPage: (page: number, pageSize: number) => Promise<Paged<T>>;
}
/** Rows the page already holds (a worklist): sorted and paged here. */
export interface ClientTableProps<T> extends Common<T> {
  rows: T[] | undefined;
}

const EXPORT_LIMIT = 20_000;
const EXPORT_PAGE = 500;

/**
 * The portal's list: sorting, page size, jump to a page, a choice of columns and an Excel
 * export of what is shown (every matching row, the chosen columns), all state in the address.
 */
export function DataTable<T extends object>(props: ServerTableProps<T> | ClientTableProps<T>) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { state, onState, columns } = props;
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const server = 'data' in props;

  const shownKeys = state.columns ?? columns.filter((c) => !c.optional).map((c) => c.key);
  const shown = columns.filter((c) => shownKeys.includes(c.key));

  const sortedRows = (): T[] => {
    if (server) return props.data?.items ?? [];
    const rows = [...(props.rows ?? [])];
    const column = columns.find((c) => c.key === state.sort);
    const compare = column?.compare;
    if (compare) rows.sort((a, b) => (state.order === 'desc' ? -1 : 1) * compare(a, b));
    return rows;
  };
  const rows = sortedRows();
  const total = server ? (props.data?.total ?? 0) : rows.length;
  const atLeast = server && props.data?.totalExact === false;

  const antColumns: TableProps<T>['columns'] = shown.map((c) => {
    const sortable = server ? Boolean(c.sortKey) : Boolean(c.compare);
    const sortId = server ? c.sortKey : c.key;
    return {
      key: c.key,
      title: c.title,
      width: c.width,
      align: c.align,
      fixed: c.fixed,
      render: (_: unknown, row: T) => (c.render ? c.render(row) : displayValue(c.value?.(row))),
      sorter: sortable,
      sortOrder: sortable && state.sort === sortId ? ((state.order === 'desc' ? 'descend' : 'ascend') as AntSortOrder) : null,
      sortDirections: ['ascend', 'descend'] as AntSortOrder[],
      showSorterTooltip: false,
    };
  });

  async function exportShown() {
    setExporting(true);
    setExportError(null);
    try {
      let all: T[] = rows;
      if (server) {
        all = [];
        for (let page = 1; all.length < (atLeast ? EXPORT_LIMIT : Math.min(total, EXPORT_LIMIT)); page += 1) {
          const next = await props.fetchPage(page, EXPORT_PAGE);
          all.push(...next.items);
          if (next.items.length < EXPORT_PAGE) break;
        }
      }
      // a column with nothing to export (row actions) would be an empty column in the file
      const exported = shown.filter((c) => c.value);
      await downloadXlsx(
        props.exportName,
        props.label,
        exported.map((c) => ({ title: c.title })),
        all.slice(0, EXPORT_LIMIT).map((row) => exported.map((c) => c.value?.(row) ?? null)),
      );
    } catch (error) {
      setExportError(error);
    } finally {
      setExporting(false);
    }
  }

  const chooser = (
    <Checkbox.Group
      className="column-chooser"
      value={shownKeys}
      options={columns.map((c) => ({ label: c.title, value: c.key }))}
      onChange={(keys) => onState({ columns: columns.map((c) => c.key).filter((k) => keys.includes(k)) })}
    />
  );

  return (
    <div className="data-table">
      <div className="data-table-toolbar">
        <div className="data-table-filters">{props.toolbar}</div>
        <Space wrap>
          <Popover content={chooser} trigger="click" title={t('ui.table.columns')}>
            <Button>{t('ui.table.columns')}</Button>
          </Popover>
          <Button onClick={() => void exportShown()} loading={exporting} disabled={total === 0}>
            {t('ui.table.export')}
          </Button>
        </Space>
      </div>
      {Boolean(props.error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={errorMessage(props.error)}
          action={props.onRetry && <Button onClick={props.onRetry}>{t('common.retry')}</Button>}
        />
      )}
      {Boolean(exportError) && <Alert type="error" showIcon role="alert" title={errorMessage(exportError)} />}
      <div role="region" aria-label={props.label} aria-busy={props.loading || undefined}>
        <Table<T>
          size="middle"
          rowKey={props.rowKey}
          columns={antColumns}
          dataSource={rows}
          loading={props.loading}
          rowSelection={props.rowSelection}
          expandable={props.expandable}
          rowClassName={props.rowClassName}
          scroll={{ x: 'max-content' }}
          locale={props.empty ? { emptyText: props.empty } : undefined}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total,
            showSizeChanger: true,
            showQuickJumper: true,
            pageSizeOptions: PAGE_SIZE_OPTIONS,
            showTotal: (n, [from, to]) => t(atLeast ? 'ui.table.rangeAtLeast' : 'ui.table.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(n) }),
          }}
          onChange={(pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const column = shown.find((c) => c.key === s?.columnKey);
            const sortId = s?.order ? (server ? column?.sortKey : column?.key) : undefined;
            const order = s?.order === 'descend' ? 'desc' : 'asc';
            if (sortId !== state.sort || (sortId && order !== state.order)) {
              onState({ sort: sortId, order });
            } else {
              onState({ page: pagination.current ?? 1, ...(pagination.pageSize !== state.pageSize ? { pageSize: pagination.pageSize } : {}) });
            }
          }}
        />
      </div>
    </div>
  );
}

function displayValue(value: ExportValue): ReactNode {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? '✓' : '';
  return formatLocalDate(value);
}
