import type { RosterPreview, RosterPreviewLine, RosterRowError } from '../../api/roster';

/** A row of the preview's table: the member as typed and the problems of that row. */
export interface PreviewRow {
  row: number;
  ok: boolean;
  line: RosterPreviewLine | null;
  problems: RosterRowError[];
}

/**
 * The preview's rows, each with its problems beside it. The rows come from `lines`; a problem of
 * a row the preview did not send (more rows than it carries) still gets a row of its own, so no
 * problem is ever hidden. Problems of the whole file (no row, or the header row) are not rows.
 */
export function previewRows(preview: Pick<RosterPreview, 'errors'> & { lines?: RosterPreviewLine[] }): PreviewRow[] {
  const byRow = new Map<number, RosterRowError[]>();
  for (const e of preview.errors) {
    if (e.row === null || e.row <= 1) continue;
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  }
  const rows: PreviewRow[] = (preview.lines ?? []).map((line) => ({ row: line.row, ok: line.ok && !byRow.has(line.row), line, problems: byRow.get(line.row) ?? [] }));
  const shown = new Set(rows.map((r) => r.row));
  for (const [row, problems] of byRow) if (!shown.has(row)) rows.push({ row, ok: false, line: null, problems });
  return rows.sort((a, b) => a.row - b.row);
}

/** Problems of the file as a whole: a missing column, no data rows, an unreadable file. */
export function fileProblems(preview: Pick<RosterPreview, 'errors'>): RosterRowError[] {
  return preview.errors.filter((e) => e.row === null || e.row <= 1);
}

/** Nothing may be written while one row (or the file) is wrong: the commit is all or nothing. */
export function canCommit(preview: Pick<RosterPreview, 'rows' | 'invalid' | 'errorCount'>): boolean {
  return preview.rows > 0 && preview.invalid === 0 && preview.errorCount === 0;
}
