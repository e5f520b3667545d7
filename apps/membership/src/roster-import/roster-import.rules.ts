import { isLocalDate, LocalizedText, MEMBERSHIP_CODE_LISTS, MembershipCodeList, registerExistingMemberSchema, RegisterExistingMemberInput, RowError, toFieldErrors } from '@party/contracts';
import { COLUMN_OF, normalizeHeader, ROSTER_COLUMNS, RosterField } from './roster-columns';
import type { RawCell } from './roster-file';

/**
 * From a roster row to a registration of an existing member, with every problem of the row said
 * in the clerk's terms (the column header, the value as typed). Pure: no database here; the
 * organization's name is resolved from a map the caller loaded.
 */
export interface RosterRowCells {
  row: number;
  /** The cell of each field the file has. */
  cells: Partial<Record<RosterField, RawCell>>;
}

export interface RowContext {
  /** Column header as written in the file, per field. */
  labels: Partial<Record<RosterField, string>>;
  /** Organizations existing today by normalized name → their ids (for a `Tên tổ chức` column). */
  orgIdsByName: ReadonlyMap<string, readonly string[]>;
}

export interface ParsedRow {
  row: number;
  input: RegisterExistingMemberInput | null;
  errors: RowError[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const text = (v: RawCell): string => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim());

/** A date cell: an Excel date (read as a UTC midnight), an Excel serial number, or dd/mm/yyyy, d-m-yyyy, dd.mm.yyyy, yyyy-mm-dd text. */
export function cellDate(v: RawCell): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === 'number') {
    // a date typed into a General cell: days since 1899-12-30 (Excel's epoch, with its 1900 leap-year bug folded in)
    if (!Number.isInteger(v) || v < 1 || v > 2958465) return null;
    return new Date(Date.UTC(1899, 11, 30) + v * 86_400_000).toISOString().slice(0, 10);
  }
  const t = text(v);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    return isLocalDate(iso) ? iso : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    return isLocalDate(iso) ? iso : null;
  }
  return null;
}

/** A citizen ID typed as a number loses its leading zeros (CCCD of Hà Nội start with 001); a leading apostrophe is Excel's text marker. */
export function cellCitizenId(v: RawCell): string {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && String(v).length <= 12) return String(v).padStart(12, '0');
  return text(v).replace(/^'/, '').replace(/[\s.]/g, '');
}

const CODE_INDEX = new Map<MembershipCodeList, Map<string, string>>();
function codeIndex(list: MembershipCodeList): Map<string, string> {
  let index = CODE_INDEX.get(list);
  if (!index) {
    index = new Map();
    for (const e of MEMBERSHIP_CODE_LISTS[list]) for (const key of [e.code, e.vi, e.en]) if (!index.has(normalizeHeader(key))) index.set(normalizeHeader(key), e.code);
    CODE_INDEX.set(list, index);
  }
  return index;
}

/** A code-list value by its code or its Vietnamese (or English) label, any accents or case: `Nữ`, `nu`, `female`. */
export function cellCode(list: MembershipCodeList, v: RawCell): string | null {
  return codeIndex(list).get(normalizeHeader(text(v))) ?? null;
}

function codeHint(list: MembershipCodeList): LocalizedText {
  const entries = MEMBERSHIP_CODE_LISTS[list];
  if (entries.length > 12) return { vi: ' (xem danh mục)', en: ' (see the code list)' };
  return { vi: ` (một trong: ${entries.map((e) => e.vi).join(', ')})`, en: ` (one of: ${entries.map((e) => e.en).join(', ')})` };
}

/** Reads one row: converts each cell, then checks the result with the registration's own schema. */
export function parseRosterRow(raw: RosterRowCells, ctx: RowContext): ParsedRow {
  const errors: RowError[] = [];
  const failed = new Set<string>();
  const labelOf = (f: RosterField) => ctx.labels[f] ?? COLUMN_OF[f].header;
  const problem = (f: RosterField, vi: string, en: string) => {
    failed.add(f === 'orgName' ? 'orgId' : f);
    errors.push({ row: raw.row, column: labelOf(f), problem: { vi, en } });
  };
  const out: Record<string, string | null> = {};
  for (const c of ROSTER_COLUMNS) {
    if (c.kind === 'index' || c.field === 'orgId' || c.field === 'orgName') continue;
    const v = raw.cells[c.field] ?? null;
    const shown = text(v);
    if (!shown) {
      if (c.required) problem(c.field, `Thiếu ${c.header.toLowerCase()}`, `Missing ${c.header}`);
      out[c.field] = null;
      continue;
    }
    if (c.kind === 'date') {
      const d = cellDate(v);
      if (!d) problem(c.field, `${c.header} "${shown}" không hợp lệ (cần dạng dd/mm/yyyy)`, `${c.header} "${shown}" is not a valid date (expected dd/mm/yyyy)`);
      out[c.field] = d;
    } else if (c.kind === 'code' && c.list) {
      const code = cellCode(c.list, v);
      if (!code) {
        const hint = codeHint(c.list);
        problem(c.field, `${c.header} "${shown}" không có trong danh mục${hint.vi}`, `${c.header} "${shown}" is not in the code list${hint.en}`);
      }
      out[c.field] = code;
    } else if (c.kind === 'citizenId') out[c.field] = cellCitizenId(v);
    else out[c.field] = shown.replace(/\s+/g, ' ');
  }
  out.orgId = resolveOrg(raw, ctx, problem);

  const candidate = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== null));
  const parsed = registerExistingMemberSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of toFieldErrors(parsed.error)) {
      const field = issue.field.split('.')[0];
      if (failed.has(field)) continue; // already said in the clerk's terms
      const f = (field === 'orgId' && !ctx.labels.orgId ? 'orgName' : field) as RosterField;
      errors.push({ row: raw.row, column: COLUMN_OF[f] ? labelOf(f) : null, problem: { vi: issue.vi, en: issue.en } });
    }
  }
  return { row: raw.row, input: parsed.success && !errors.length ? parsed.data : null, errors };
}

function resolveOrg(raw: RosterRowCells, ctx: RowContext, problem: (f: RosterField, vi: string, en: string) => void): string | null {
  const id = text(raw.cells.orgId ?? null);
  if (id) return id;
  const name = text(raw.cells.orgName ?? null);
  if (!name) {
    problem(ctx.labels.orgId ? 'orgId' : 'orgName', 'Thiếu mã tổ chức (hoặc tên tổ chức)', 'Missing the organization id (or name)');
    return null;
  }
  const ids = ctx.orgIdsByName.get(normalizeHeader(name)) ?? [];
  if (ids.length === 1) return ids[0];
  if (!ids.length) problem('orgName', `Không có tổ chức đảng nào tên "${name}" vào hôm nay`, `No organization named "${name}" exists today`);
  else problem('orgName', `Có ${ids.length} tổ chức cùng tên "${name}"; hãy ghi mã tổ chức`, `${ids.length} organizations are named "${name}"; give the organization id`);
  return null;
}

/** Rows repeating a value another row already has (citizen ID, card number): every later row is an error naming the first. */
export function repeatedValues(rows: readonly { row: number; value: string | null }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const r of rows) {
    if (!r.value) continue;
    const seen = first.get(r.value);
    if (seen === undefined) first.set(r.value, r.row);
    else repeats.set(r.row, seen);
  }
  return repeats;
}

/** What the preview shows of a row: its identifying cells as typed, a readable date as `YYYY-MM-DD`. */
export interface RosterLine {
  row: number;
  ok: boolean;
  fullName: string | null;
  dateOfBirth: string | null;
  citizenId: string | null;
  organization: string | null;
  admissionDecisionDate: string | null;
  officialDate: string | null;
  cardNumber: string | null;
}

/** A row for the preview's table; `orgName` is the name of the organization it resolved to, if any. */
export function rosterLine(raw: RosterRowCells, ok: boolean, orgName: string | null): RosterLine {
  const shown = (f: RosterField) => text(raw.cells[f] ?? null) || null;
  const date = (f: RosterField) => {
    const v = raw.cells[f] ?? null;
    return shown(f) === null ? null : (cellDate(v) ?? shown(f));
  };
  const citizen = raw.cells.citizenId ?? null;
  return {
    row: raw.row,
    ok,
    fullName: shown('fullName'),
    dateOfBirth: date('dateOfBirth'),
    citizenId: citizen === null || text(citizen) === '' ? null : cellCitizenId(citizen),
    organization: orgName ?? shown('orgName') ?? shown('orgId'),
    admissionDecisionDate: date('admissionDecisionDate'),
    officialDate: date('officialDate'),
    cardNumber: shown('cardNumber'),
  };
}

/** Which rows the preview sends when there are too many: every bad row first, then good ones, back in file order. */
export function chooseLines<L extends { row: number; ok: boolean }>(lines: readonly L[], max: number): L[] {
  if (lines.length <= max) return [...lines];
  const bad = lines.filter((l) => !l.ok).slice(0, max);
  const good = lines.filter((l) => l.ok).slice(0, max - bad.length);
  return [...bad, ...good].sort((a, b) => a.row - b.row);
}
