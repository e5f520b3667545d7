import { daysBetween } from '../../format';

/**
 * The admission pipeline as the Organization Board follows it (Điều lệ Đảng, Điều 4; Quy định
 * 24-QĐ/TW): seven steps, the last two after the chi bộ resolution. Pure: no React, no API.
 */
export const BOARD_STEPS = ['nominated', 'sympathizer', 'vetting', 'introducers', 'resolution', 'decision', 'ceremony'] as const;
export type BoardStep = (typeof BOARD_STEPS)[number];

/** The steps a candidate still in the pipeline can be at (the API's `stage` filter). */
export const PIPELINE_STAGES = ['nominated', 'sympathizer', 'vetting', 'introducers', 'resolution'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** The command of each step, at its own address under the candidate (`/candidates/:id/<path>`). */
export const STEP_COMMANDS = ['sympathizer', 'vetting', 'introducers', 'resolution', 'admit', 'ceremony'] as const;
export type StepCommand = (typeof STEP_COMMANDS)[number];

interface Reached {
  status: 'inPipeline' | 'admitted';
  stage: PipelineStage | 'admitted';
  ceremonyDate: string | null;
}

/**
 * The furthest step reached. Once admitted the decision is made; the ceremony is a step of its
 * own because probation counts from it, not from the decision.
 */
export function boardStep(c: Reached): BoardStep {
  if (c.status === 'admitted' || c.stage === 'admitted') return c.ceremonyDate ? 'ceremony' : 'decision';
  return c.stage;
}

/**
 * The deadline a card at this step runs against: after the resolution the decision is due (60
 * working days), after the decision the ceremony (30 working days). Earlier steps have none in
 * the rules.
 */
export function deadlineStageOf(step: BoardStep): 'decision' | 'ceremony' | null {
  if (step === 'resolution') return 'decision';
  if (step === 'decision') return 'ceremony';
  return null;
}

export type DeadlineTone = 'overdue' | 'soon' | 'onTime';

/**
 * Calendar days before a deadline from which it shows as "sắp đến hạn": two working weeks,
 * the time a chi bộ needs to convene and the committee to sign once reminded.
 */
export const SOON_DAYS = 14;

export { daysBetween };

/**
 * The colour of a deadline on `today`. The server's status (working days, holidays) wins for
 * overdue; "soon" is a reminder counted in calendar days, the deadline day itself still on time.
 */
export function deadlineTone(deadline: string, today: string, serverStatus?: 'due' | 'overdue'): DeadlineTone {
  if (serverStatus === 'overdue' || deadline < today) return 'overdue';
  return daysBetween(today, deadline) <= SOON_DAYS ? 'soon' : 'onTime';
}

/** What the board groups: any row with the fields `boardStep` reads. */
export function groupByStep<T extends Reached>(rows: readonly T[]): Record<BoardStep, T[]> {
  const groups = Object.fromEntries(BOARD_STEPS.map((s) => [s, [] as T[]])) as unknown as Record<BoardStep, T[]>;
  for (const row of rows) groups[boardStep(row)].push(row);
  return groups;
}

/** The smallest number of votes for that makes two thirds of the official members (exact integers). */
export function twoThirds(officialMembers: number): number {
  return Math.ceil((officialMembers * 2) / 3);
}

/**
 * Which step commands make sense now: every step of the pipeline may be recorded (again) while the
 * candidate waits, as chi bộ records often arrive out of order; admission needs the resolution;
 * the ceremony needs the decision and is recorded once.
 */
export function availableCommands(c: Reached & { resolution: unknown | null }): StepCommand[] {
  if (c.status === 'admitted') return c.ceremonyDate ? [] : ['ceremony'];
  const steps: StepCommand[] = ['sympathizer', 'vetting', 'introducers', 'resolution'];
  return c.resolution ? [...steps, 'admit'] : steps;
}
