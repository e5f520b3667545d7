import type { ApiClient } from './api-client';
import { CommandKind, CommandRecord, Ledger, outcomeOf } from './ledger';

/** The year the workload's facts happen in, and whose report the checks compare. */
export const WORKLOAD_YEAR = 2023;
/** A course type of the "candidates" category, seeded by training's migrations. */
export const CANDIDATE_COURSE = 'nhan-thuc-ve-dang';

const day = (from: string, plus: number) => new Date(Date.parse(`${from}T00:00:00Z`) + plus * 86_400_000).toISOString().slice(0, 10);
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** What the workload builds on: a bloc, the chi bộ its members join, a class to enroll in. */
export interface Foundation {
  blocId: string;
  homeCellIds: string[];
  classIds: string[];
}

/**
 * The scripted workload: real commands through the gateway, as the Organization Board sends them —
 * organizations established, members registered, candidate classes opened, students enrolled, and
 * now and then a year-end report job — each named by a key of its own (an organization's name, a
 * citizen ID, a class title), so the checks can find every one in the services' records. Every
 * fact happens in 2023. A few loops run side by side, each sending its next command as soon as
 * the last one is answered.
 */
export class Workload {
  private seq = 0;
  private running = false;
  private loops: Promise<void>[] = [];
  private jobTimer?: NodeJS.Timeout;
  private foundation_?: Foundation;

  constructor(
    private readonly api: ApiClient,
    readonly ledger: Ledger,
    private readonly opts: { width: number; jobEveryMs: number; runId: string },
  ) {}

  get foundation(): Foundation {
    if (!this.foundation_) throw new Error('the workload has no foundation yet (setUp first)');
    return this.foundation_;
  }

  /** The bloc, three chi bộ cơ sở of 2015 for the members, one class; made on a healthy system. */
  async setUp(): Promise<Foundation> {
    const org = (body: object) => this.api.must('POST', '/orgs', body).then((o) => o.id as string);
    const blocId = await org({ kind: 'bloc_committee', name: `Đảng bộ Khối thử lỗi ${this.opts.runId}`, parentId: null, effectiveOn: '2015-01-01', decisionNumber: '1-QĐ/TW' });
    const homeCellIds: string[] = [];
    for (let i = 1; i <= 3; i++) {
      homeCellIds.push(await org({ kind: 'grassroots_cell', name: `Chi bộ nền ${i}`, parentId: blocId, effectiveOn: '2015-03-01', decisionNumber: `${10 + i}-QĐ/ĐUK` }));
    }
    const first = await this.api.must('POST', '/training/classes', { courseTypeCode: CANDIDATE_COURSE, title: 'Lớp nền', openedOn: `${WORKLOAD_YEAR}-01-09`, servedOrgIds: [] });
    this.foundation_ = { blocId, homeCellIds, classIds: [first.id] };
    return this.foundation_;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = Array.from({ length: this.opts.width }, () => this.loop());
    const tick = () => {
      if (!this.running) return;
      void this.requestJob().finally(() => (this.jobTimer = setTimeout(tick, this.opts.jobEveryMs)));
    };
    this.jobTimer = setTimeout(tick, this.opts.jobEveryMs / 2);
  }

  /** Lets every command in flight get its answer, then returns. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.jobTimer);
    await Promise.all(this.loops);
  }

  /** Commands of each kind sent so far (a fault waits for the workload to be at work). */
  sent(): number {
    return this.ledger.records.length;
  }

  private async loop(): Promise<void> {
    // members and students are the bulk of a bloc's records; organizations and classes fewer
    const cycle: Exclude<CommandKind, 'job'>[] = ['member', 'enrollment', 'member', 'org', 'enrollment', 'class'];
    while (this.running) {
      const n = ++this.seq;
      const record = await this.one(cycle[n % cycle.length], n);
      // as a person (or a well-behaved client) would: not hammering a system that did not answer
      if (record.outcome !== 'accepted') await new Promise((r) => setTimeout(r, 250));
    }
  }

  private async one(kind: Exclude<CommandKind, 'job'>, n: number): Promise<CommandRecord> {
    const f = this.foundation;
    const home = f.homeCellIds[n % f.homeCellIds.length];
    const tag = `F${pad(n, 5)}`;
    switch (kind) {
      case 'org':
        return this.command(kind, `Chi bộ ${tag}`, '/orgs', {
          kind: 'grassroots_cell',
          name: `Chi bộ ${tag}`,
          parentId: f.blocId,
          effectiveOn: day(`${WORKLOAD_YEAR}-01-02`, n % 360),
          decisionNumber: `${n}-QĐ/ĐUK`,
        });
      case 'member': {
        const citizenId = `0791${pad(n, 8)}`;
        const decided = day('2016-01-04', n % 1500);
        const ceremony = day(decided, 14);
        return this.command(kind, citizenId, '/members/existing', {
          fullName: `Nguyễn Văn ${tag}`,
          dateOfBirth: day('1980-01-01', n % 3000),
          gender: n % 2 ? 'male' : 'female',
          citizenId,
          ethnicity: 'kinh',
          religion: 'none',
          hometown: 'Hà Nội',
          generalEducation: '12/12',
          professionalEducation: 'bachelor',
          theoryLevel: 'elementary',
          occupation: 'Kỹ sư',
          orgId: home,
          admissionDecisionDate: decided,
          admissionDecisionNumber: `${n}-QĐ/ĐUK`,
          ceremonyDate: ceremony,
          officialDate: day(ceremony, 365),
        });
      }
      case 'class': {
        const title = `Lớp nhận thức về Đảng ${tag}`;
        const record = await this.command(kind, title, '/training/classes', { courseTypeCode: CANDIDATE_COURSE, title, openedOn: day(`${WORKLOAD_YEAR}-02-01`, n % 300), servedOrgIds: [] });
        if (record.id) f.classIds.push(record.id);
        return record;
      }
      case 'enrollment': {
        const citizenId = `0792${pad(n, 8)}`;
        const classId = f.classIds[f.classIds.length - 1];
        return this.command(kind, `${classId}/${citizenId}`, `/training/classes/${classId}/enrollments`, {
          person: { citizenId, fullName: `Trần Thị ${tag}`, dateOfBirth: day('1995-01-01', n % 3000) },
          orgId: home,
        });
      }
    }
  }

  /** Sends one command and records what it got. */
  private async command(kind: CommandKind, key: string, path: string, body: object): Promise<CommandRecord> {
    const at = Date.now();
    const answer = await this.api.send('POST', path, body);
    const outcome = outcomeOf(answer.status);
    const id = outcome === 'accepted' ? String(answer.body?.id) : undefined;
    const detail = outcome === 'accepted' ? undefined : answer.error ?? (answer.body?.message?.en as string | undefined) ?? JSON.stringify(answer.body ?? null).slice(0, 200);
    const record: CommandRecord = { kind, key, outcome, status: answer.status, id, ms: answer.ms, at, detail };
    this.ledger.add(record);
    return record;
  }

  /** A year-end report of the workload's year, run by the report worker (a new job whenever new facts were applied). */
  async requestJob(): Promise<void> {
    const at = Date.now();
    const answer = await this.api.send('POST', '/reports/jobs', { kind: 'yearEnd', year: WORKLOAD_YEAR });
    const outcome = outcomeOf(answer.status);
    this.ledger.add({
      kind: 'job',
      key: outcome === 'accepted' ? String(answer.body?.id) : `job@${at}`,
      outcome,
      status: answer.status,
      id: outcome === 'accepted' ? String(answer.body?.id) : undefined,
      ms: answer.ms,
      at,
      detail: outcome === 'accepted' ? undefined : answer.error ?? JSON.stringify(answer.body ?? null).slice(0, 200),
    });
  }
}
