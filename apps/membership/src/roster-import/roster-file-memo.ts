import { createHash } from 'node:crypto';
import { readRosterFile, RosterTable } from './roster-file';

/**
 * The last roster file read, by the SHA-256 of its bytes, and what pure functions of it computed.
 * The commit checks the file its preview checked: reading a 9,000-row .xlsx costs ≈ 0,6 s and
 * checking its rows against the registration's schema ≈ 0,4 s (measured, `npm run bench --
 * roster`), and the same bytes give the same table. So the commit takes the preview's reading,
 * and its row checks when every other input they read is the same (`derive`'s context: the day the
 * dates were judged on, the organizations named); every check against the database (citizen
 * IDs and cards taken, the caller's scope, the organizations' dates) runs again in the commit's
 * transaction. One file at a time: a replica that did not see the preview, or a second import in
 * between, reads and checks it again. Callers must not change what they get.
 */
export class RosterFileMemo {
  private last: { digest: string; table: Promise<RosterTable> } | null = null;
  /** By the table object, which stands for its bytes: kept while the table is. */
  private derived = new WeakMap<RosterTable, Map<string, { context: string; value: unknown }>>();

  read(bytes: Buffer): Promise<RosterTable> {
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (this.last?.digest === digest) return this.last.table;
    const table = readRosterFile(bytes);
    const entry = { digest, table };
    this.last = entry;
    // a refusal is not kept: the next read says it again, in its own words
    table.catch(() => this.forget(entry));
    return table;
  }

  /**
   * What `compute` answered for this table and `context` — kept from the last call of that
   * `name` with the same context, or computed now. `compute` must be a pure function of the
   * table and of what `context` names.
   */
  derive<T>(table: RosterTable, name: string, context: string, compute: () => T): T {
    let known = this.derived.get(table);
    if (!known) this.derived.set(table, (known = new Map()));
    const kept = known.get(name);
    if (kept && kept.context === context) return kept.value as T;
    const value = compute();
    known.set(name, { context, value });
    return value;
  }

  /** The memory back once the file is recorded (a roster holds thousands of rows). */
  clear(): void {
    this.last = null;
  }

  private forget(entry: RosterFileMemo['last']): void {
    if (this.last === entry) this.last = null;
  }
}

