import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  onFactDay,
  Principal,
  RegisterExistingMemberInput,
  ROSTER_MAX_PREVIEW_LINES,
  ROSTER_MAX_REPORTED_ERRORS,
  ROSTER_FILE_ROUTES,
  ROSTER_ROUTES,
  RosterPreview,
  RouteInput,
  RouteResult,
  RowError,
  todayInVietnam,
} from '@party/contracts';
import { OutboxMessage } from '@party/messaging';
import { CommandContext, Handles, OpenedUpload, QueryContext, UploadStaging } from '@party/service-kit';
import { OrganizationVersion } from '../organizations/organization.entity';
import { OrganizationTree } from '../organizations/organization.tree';
import { lookUpExistingMemberFacts, recordExistingMember } from '../people/existing-member';
import { ExistingMemberFacts, existingMemberProblems } from '../people/existing-member.rules';
import { COLUMN_OF, HeaderMap, mapHeaders, normalizeHeader, RosterField } from './roster-columns';
import type { RawCell, RosterTable } from './roster-file';
import { RosterFileMemo } from './roster-file-memo';
import { chooseLines, parseRosterRow, repeatedValues, RosterLine, rosterLine, RosterRowCells } from './roster-import.rules';

/**
 * A file larger than this many data rows is refused before any check (a bloc has ~9,000
 * members): the commit's answer names the person of every row and must stay under NATS's 1 MB.
 */
export const ROSTER_MAX_ROWS = 15_000;

interface CheckedRoster {
  rows: number;
  /** Rows ready to record, in file order (only meaningful when `errors` is empty). */
  valid: { row: number; input: RegisterExistingMemberInput }[];
  invalidRows: number;
  errors: RowError[];
  facts: ExistingMemberFacts | null;
  /** At most `max` data rows as the preview shows them, the bad ones first (`chooseLines`); the commit does not ask. */
  lines: (max: number) => RosterLine[];
}

/**
 * Nhập danh sách đảng viên đã có: preview (every problem by row and column, nothing written),
 * then commit — the same checks again, inside the transaction that records every row, or none
 * (the row checks of the same file on the same day kept from its preview, the database's asked again).
 * Each row is recorded exactly as `POST /members/existing` records one member: as history.
 */
@Injectable()
export class RosterImportService {
  /** The commit reads the bytes its preview read: the file is decoded and its rows checked once, checked against the database twice. */
  private readonly files = new RosterFileMemo();

  constructor(
    private readonly tree: OrganizationTree,
    private readonly staging: UploadStaging,
  ) {}

  @Handles(ROSTER_FILE_ROUTES.preview)
  async preview({ uploadId }: RouteInput<typeof ROSTER_FILE_ROUTES.preview>, { em, principal }: QueryContext): Promise<RosterPreview> {
    const file = await this.staging.open(principal, uploadId, em);
    const checked = await this.check(em, principal, file, todayInVietnam());
    return {
      uploadId,
      fileName: file.fileName,
      rows: checked.rows,
      valid: checked.rows - checked.invalidRows,
      invalid: checked.invalidRows,
      errorCount: checked.errors.length,
      errors: checked.errors.slice(0, ROSTER_MAX_REPORTED_ERRORS),
      truncated: checked.errors.length > ROSTER_MAX_REPORTED_ERRORS,
      lines: checked.lines(ROSTER_MAX_PREVIEW_LINES),
      linesTruncated: checked.rows > ROSTER_MAX_PREVIEW_LINES,
    };
  }

  @Handles(ROSTER_ROUTES.commit)
  async commit({ uploadId }: RouteInput<typeof ROSTER_ROUTES.commit>, { em, uow, principal }: CommandContext): Promise<RouteResult<typeof ROSTER_ROUTES.commit>> {
    // the same file committed twice at once: the second waits, then finds it gone
    await em.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`membership.roster.${uploadId}`]);
    const file = await this.staging.open(principal, uploadId, em);
    const checked = await this.check(em, principal, file, todayInVietnam());
    if (checked.errors.length || !checked.facts) throw refusal(checked);
    const facts = checked.facts;
    // 60,000 rows for a bloc's roster: COPY takes them in about half the database's time of
    // inserts; the events, most of them, as they are built (the people, audit rows and cards after)
    const created: { row: number; personId: string }[] = [];
    await uow.copyAsBuilt(OutboxMessage, checked.valid, ({ row, input }) => created.push({ row, personId: recordExistingMember(uow, input, facts).id }));
    const official = checked.valid.filter((v) => v.input.officialDate).length;
    const cards = checked.valid.filter((v) => v.input.cardNumber).length;
    const summary = { uploadId, imported: created.length, probationary: created.length - official, official, cards };
    uow.audit('roster.imported', 'roster_import', uploadId, null, { ...summary, fileName: file.fileName, size: file.bytes.length, rows: checked.rows });
    await this.staging.discard(principal, uploadId, em);
    try {
      await uow.flushBulk();
    } catch (err) {
      // another import or registration took a citizen ID or card number between our check and our insert
      if (err instanceof UniqueConstraintViolationException) {
        throw DomainError.conflict({
          vi: 'Một số CCCD hoặc số thẻ trong tệp vừa được ghi nhận bởi thao tác khác; chưa ghi ai, hãy xem trước lại',
          en: 'A citizen ID or card number of the file was just recorded by another action; nobody was recorded, preview again',
        });
      }
      throw err;
    }
    this.files.clear();
    return { ...summary, created };
  }

  /**
   * Every check of the file, the same for preview and commit. Reads only. The row checks are a
   * pure function of the file, the day and the organizations named: the commit takes its
   * preview's (`RosterFileMemo`) when those are the same, and checks every row against the
   * database again.
   */
  private async check(em: EntityManager, principal: Principal, file: OpenedUpload, today: string): Promise<CheckedRoster> {
    const table = await this.files.read(file.bytes);
    const { columns, missing } = mapHeaders(table.headers);
    const fileError = (row: number | null, vi: string, en: string): CheckedRoster => ({ rows: 0, valid: [], invalidRows: 0, errors: [{ row, column: null, problem: { vi, en } }], facts: null, lines: () => [] });
    if (missing.length) return fileError(1, `Dòng tiêu đề thiếu cột: ${missing.join(', ')}`, `The header row lacks the columns: ${missing.join(', ')}`);
    const dataRows = this.files.derive(table, 'data rows', '', () => dataRowsOf(table, columns));
    if (!dataRows.length) return fileError(null, 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề', 'No data rows under the header row');
    if (dataRows.length > ROSTER_MAX_ROWS) return fileError(null, `Tệp có ${dataRows.length} dòng, quá ${ROSTER_MAX_ROWS} dòng`, `${dataRows.length} rows, more than ${ROSTER_MAX_ROWS}`);

    const labels = Object.fromEntries([...columns].map(([f, c]) => [f, c.label])) as Partial<Record<RosterField, string>>;
    const orgIdsByName = columns.has('orgName') ? await this.orgIdsByName(em, today) : new Map<string, string[]>();
    // every date of every row judged on the same day, read once
    const parsed = this.files.derive(table, 'parsed rows', `${today} ${namesKey(orgIdsByName)}`, () =>
      onFactDay(today, () => dataRows.map((r) => parseRosterRow(r, { labels, orgIdsByName }))),
    );
    const errors = parsed.flatMap((p) => p.errors);
    const label = (f: RosterField) => labels[f] ?? (f === 'orgId' ? (labels.orgName ?? COLUMN_OF.orgId.header) : COLUMN_OF[f].header);

    const ready = parsed.filter((p): p is typeof p & { input: RegisterExistingMemberInput } => p.input !== null);
    const sameCitizen = repeatedValues(ready.map((p) => ({ row: p.row, value: p.input.citizenId })));
    const sameCard = repeatedValues(ready.map((p) => ({ row: p.row, value: p.input.cardNumber })));
    const facts = await lookUpExistingMemberFacts(em, this.tree, principal, ready.map((p) => p.input), today);
    const valid: CheckedRoster['valid'] = [];
    for (const p of ready) {
      const before = errors.length;
      const first = sameCitizen.get(p.row);
      if (first !== undefined) errors.push({ row: p.row, column: label('citizenId'), problem: { vi: `Số CCCD ${p.input.citizenId} trùng với dòng ${first}`, en: `Citizen ID ${p.input.citizenId} repeats row ${first}` } });
      const firstCard = sameCard.get(p.row);
      if (firstCard !== undefined) errors.push({ row: p.row, column: label('cardNumber'), problem: { vi: `Số thẻ đảng ${p.input.cardNumber} trùng với dòng ${firstCard}`, en: `Card number ${p.input.cardNumber} repeats row ${firstCard}` } });
      for (const x of existingMemberProblems(p.input, facts)) errors.push({ row: p.row, column: label(x.field as RosterField), problem: { vi: x.vi, en: x.en } });
      if (errors.length === before) valid.push({ row: p.row, input: p.input });
    }
    errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    // only the rows the preview sends are shown (2,000 of a 9,000-row file)
    const lines = (max: number) => {
      const okRows = new Set(valid.map((v) => v.row));
      const orgIdOf = new Map(ready.map((p) => [p.row, p.input.orgId]));
      const shown = chooseLines(dataRows.map((cells) => ({ row: cells.row, ok: okRows.has(cells.row), cells })), max);
      return shown.map(({ cells, ok }) => rosterLine(cells, ok, orgNameOn(facts, orgIdOf.get(cells.row), today)));
    };
    return { rows: dataRows.length, valid, invalidRows: dataRows.length - valid.length, errors, facts, lines };
  }

  private async orgIdsByName(em: EntityManager, today: string): Promise<Map<string, string[]>> {
    const versions = await em.find(OrganizationVersion, { validFrom: { $lte: today }, $or: [{ validTo: null }, { validTo: { $gt: today } }] }, { fields: ['orgId', 'name'] });
    const out = new Map<string, string[]>();
    for (const v of versions) {
      const key = normalizeHeader(v.name);
      out.set(key, [...(out.get(key) ?? []), v.orgId]);
    }
    return out;
  }
}

/** The file's data rows, each cell under its field; a blank row (or one with only its STT) is no member. */
function dataRowsOf(table: RosterTable, columns: HeaderMap['columns']): RosterRowCells[] {
  const cellsOf = (cells: RawCell[]): RosterRowCells['cells'] => {
    const out: RosterRowCells['cells'] = {};
    for (const [field, c] of columns) out[field] = cells[c.index] ?? null;
    return out;
  };
  return table.rows
    .map((r) => ({ row: r.row, cells: cellsOf(r.cells) }))
    .filter((r) => Object.entries(r.cells).some(([f, v]) => f !== 'index' && v !== null && String(v).trim() !== ''));
}

/** The organizations by name, as the row checks read them: a digest, the same whatever order the database answered in. */
function namesKey(orgIdsByName: ReadonlyMap<string, readonly string[]>): string {
  if (!orgIdsByName.size) return 'no names';
  const entries = [...orgIdsByName].map(([name, ids]) => [name, [...ids].sort()] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}

/** The name an organization bears today, when the row named one that exists. */
function orgNameOn(facts: ExistingMemberFacts, orgId: string | undefined, today: string): string | null {
  if (!orgId) return null;
  const versions = facts.versions.get(orgId) ?? [];
  return versions.find((v) => v.validFrom <= today && (v.validTo === null || v.validTo > today))?.name ?? null;
}

function refusal(checked: CheckedRoster): DomainError {
  const shown = checked.errors.slice(0, ROSTER_MAX_REPORTED_ERRORS);
  return new DomainError({
    code: 'rule_violation',
    message: {
      vi: `Tệp có ${checked.errors.length} lỗi ở ${checked.invalidRows} dòng; chưa ghi nhận đảng viên nào, hãy sửa rồi tải lên lại`,
      en: `The file has ${checked.errors.length} problems in ${checked.invalidRows} rows; nobody was recorded — fix them and upload again`,
    },
    fields: shown.slice(0, 100).map((e) => ({ field: e.row === null ? 'file' : `row ${e.row}${e.column ? `: ${e.column}` : ''}`, vi: e.problem.vi, en: e.problem.en })),
    rowErrors: shown,
  });
}
