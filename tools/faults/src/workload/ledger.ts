/** What the workload asks for, each with the key that names it in the services' records. */
export type CommandKind = 'org' | 'member' | 'class' | 'enrollment' | 'job';
export const COMMAND_KINDS: readonly CommandKind[] = ['org', 'member', 'class', 'enrollment', 'job'];

/**
 * `accepted`: answered 2xx (the system said it is recorded); `refused`: answered 4xx (the system
 * said it is not); `unanswered`: no answer or a 5xx — the client cannot know, the checks find out.
 */
export type Outcome = 'accepted' | 'refused' | 'unanswered';

export interface CommandRecord {
  kind: CommandKind;
  /** The workload's own name for it: an organization's name, a citizen ID, a class title. */
  key: string;
  outcome: Outcome;
  status: number;
  /** The id the system answered (accepted only). */
  id?: string;
  ms: number;
  /** When it was sent, ms since the epoch. */
  at: number;
  /** The refusal's message or the transport error. */
  detail?: string;
}

export const outcomeOf = (status: number): Outcome => (status >= 200 && status < 300 ? 'accepted' : status >= 400 && status < 500 ? 'refused' : 'unanswered');

/** Every command the workload sent and what it got: the client's side of the reckoning. */
export class Ledger {
  readonly records: CommandRecord[] = [];

  add(record: CommandRecord): void {
    this.records.push(record);
  }

  of(kind: CommandKind, outcome?: Outcome): CommandRecord[] {
    return this.records.filter((r) => r.kind === kind && (!outcome || r.outcome === outcome));
  }

  count(outcome: Outcome): number {
    return this.records.filter((r) => r.outcome === outcome).length;
  }

  /** Per kind: sent, accepted, refused, unanswered. */
  table(): Record<CommandKind, Record<'sent' | Outcome, number>> {
    const out = {} as Record<CommandKind, Record<'sent' | Outcome, number>>;
    for (const kind of COMMAND_KINDS) {
      const all = this.of(kind);
      out[kind] = { sent: all.length, accepted: 0, refused: 0, unanswered: 0 };
      for (const r of all) out[kind][r.outcome]++;
    }
    return out;
  }
}
