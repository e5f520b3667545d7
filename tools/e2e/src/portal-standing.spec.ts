import { remoteGateway, type ApiAs } from '@party/gateway/testing';
import { waitFor } from '@party/testing';
import type { Page } from 'playwright-core';
import { antd } from './antd-driver';
import { usePortal } from './portal-under-test';

// a browser driving Ant Design on a loaded 2-core CI machine: a click can land on a closing
// dropdown; a failed test runs again (its first error logged), each test opening its own page
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The Standing Committee's work from the screens, as `thuongvu`, on one story this file makes:
 * the Organization Board opens the 2025 round (the 100-point sheet) of a đảng bộ cơ sở from its
 * screens, six members in one peer group, five proposed through the API. The home shows the
 * proposals waiting; the group is decided as a whole list after a confirmation with the counts
 * per level (1 excellent of 5 good-or-better: the 20% quota allows exactly 1); a second excellent,
 * proposed from the board by the Organization Board (2 of 6, still 1 allowed), is refused under
 * its row with the rule, nothing written, then recorded with an override naming who and why; the
 * round's summary writes the shares as the report does. Beside the rating, the Inspection
 * Committee concludes a violation with no discipline yet and a confidence vote of 2/3 low is
 * recorded: the home counts both, and the menu is the Standing Committee's own (its rating
 * decisions, not the Organization Board's lifecycle lists). The tests run in order, one story.
 */
const portal = usePortal('thuongvu');
let bantochuc: ApiAs;
let roundId: string;
let group: string;
const people: Record<string, string> = {};

const GOOD = ['Trần Thị Tốt Một', 'Trần Thị Tốt Hai', 'Trần Văn Tốt Ba', 'Trần Văn Tốt Bốn'];
const EXCELLENT = 'Nguyễn Văn Xuất Sắc';
const SECOND = 'Lê Văn Vượt Tỷ Lệ';
const VIOLATOR = 'Hoàng Văn Vi Phạm';

const boardUrl = () => `/rating/rounds/${roundId}/groups/${encodeURIComponent(group)}`;
const subjects = async (): Promise<{ personId: string | null; stage: string; decision: { level: string; override: { reason: string; reference: string; decidedBy: { username: string } } | null } | null }[]> =>
  (await bantochuc.get(`/rating/rounds/${roundId}/subjects?kind=member&pageSize=500`).expect(200)).body.items;
const subjectOf = async (name: string) => (await subjects()).find((s) => s.personId === people[name]);

beforeAll(async () => {
  bantochuc = portal.world.api;
  const w = portal.world;
  const tree = await w.tree({ effectiveOn: '2000-01-01', cb2: false });
  for (const fullName of [EXCELLENT, ...GOOD, SECOND]) people[fullName] = await w.member({ orgId: tree.cell1, fullName, dateOfBirth: '1975-03-03' });
  group = `dang-vien:${tree.db1}`;

  // outside the round's đảng bộ: a chi bộ cơ sở whose secretary gets 2/3 low in a confidence vote,
  // and a member the Inspection Committee concludes a violation about (no discipline yet)
  const cb = await w.org({ kind: 'grassroots_cell', name: 'Chi bộ Công ty Cơ khí', parentId: tree.bloc, effectiveOn: '2000-01-01' });
  const secretary = await w.member({ orgId: cb, fullName: 'Đặng Văn Phiếu Thấp', dateOfBirth: '1972-02-02' });
  const violator = await w.member({ orgId: cb, fullName: VIOLATOR, dateOfBirth: '1978-08-08' });
  const gw = remoteGateway(portal.system.base);
  const ubkt = gw.as(await gw.login('ubkt'));
  // the cadre and inspection services learn the people from membership's stream: retried until they know them
  const once = async (send: () => Promise<{ status: number; body: { id?: string } }>, what: string) => {
    let last = '';
    return waitFor(
      async () => {
        const res = await send();
        last = `${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        return res.status === 201 ? (res.body.id ?? 'ok') : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500, what },
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${last}`);
    });
  };
  await once(() => bantochuc.post('/cadre/committees', { orgId: cb, kind: 'executive', term: '2020-2025', electedOn: '2023-06-01', decisionNumber: w.number('QĐ-CU'), holders: [{ personId: secretary, post: 'secretary' }] }), 'the committee');
  await once(
    () => bantochuc.post('/cadre/confidence-votes', { personId: secretary, orgId: cb, committeeKind: 'executive', post: 'secretary', heldOn: '2023-10-20', votingBody: 'Ban Chấp hành Đảng bộ Khối', summoned: 15, attended: 12, high: 1, normal: 3, low: 8 }),
    'the confidence vote',
  );
  const caseId = await once(() => ubkt.post('/inspection/cases', { personId: violator, openedOn: '2023-03-01', decisionNumber: w.number('QĐ-KT'), grounds: 'Đơn phản ánh' }), 'the inspection case');
  await ubkt.post(`/inspection/cases/${caseId}/close`, { closedOn: '2023-05-10', outcome: 'violation', conclusion: 'Có vi phạm, đề nghị thi hành kỷ luật' }).expect(200);
}, 240_000);

/** The confirmation a list of decisions asks for; answers its text, then confirms. */
async function confirm(page: Page): Promise<string> {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Quyết định' }).click();
  return text;
}

describe('the Standing Committee in the portal', () => {
  it('(the Organization Board) opens the round of 2025 for the đảng bộ cơ sở from the screens', async () => {
    const page = await portal.open('bantochuc', '/rating/rounds');
    const ui = antd(page);
    await page.click('#rating-round-new');
    await page.waitForURL('**/rating/rounds/new');
    await page.fill('#open-round_year', '2025');
    await ui.treeNode('#open-round_scopeOrgId', 'Đảng bộ Công ty Điện lực');
    await page.fill('#open-round_name', 'Đánh giá, xếp loại năm 2025');
    // the deadlines follow the year
    await page.waitForFunction(() => (document.querySelector('#open-round_deadlines_decision') as HTMLInputElement | null)?.value === '31/01/2026');
    await portal.shot(page, 'bantochuc-rating-open');
    await ui.submitTo('open-round', /\/rating\/rounds\/[0-9a-f-]{36}$/);
    roundId = page.url().split('/').pop() as string;
    await page.getByRole('region', { name: 'Các nhóm xếp loại của đợt' }).locator('tr', { hasText: 'Đảng viên Đảng bộ Công ty Điện lực' }).waitFor();
    expect(await portal.seriousViolations(page)).toEqual([]);

    // the cell's meeting proposed 1 excellent and 4 good: the data the Standing Committee decides on
    await bantochuc
      .post(`/rating/rounds/${roundId}/proposals`, {
        meetingDate: '2026-01-08',
        items: [{ personId: people[EXCELLENT], level: 'excellent', score: 95 }, ...GOOD.map((n) => ({ personId: people[n], level: 'good', score: 82 }))],
      })
      .expect(200);
  });

  it('sees the proposals waiting for it on its home and opens them by peer group', async () => {
    const page = await portal.open('thuongvu', '/');
    await page.locator('#todo-rating-proposals-title').waitFor();
    const members = page.getByRole('link', { name: /^5 đảng viên chờ quyết định/ });
    await members.waitFor();
    await portal.shot(page, 'thuongvu-1-home');
    expect(await portal.seriousViolations(page)).toEqual([]);

    await members.click();
    await page.waitForURL('**/rating/decisions**');
    await page.locator('#rating-decisions-totals').waitFor();
    expect(await page.locator('#rating-decisions-totals').textContent()).toContain('5 đảng viên');
    const link = page.getByRole('link', { name: 'Đảng viên Đảng bộ Công ty Điện lực' }).first();
    await link.waitFor();
    await portal.shot(page, 'thuongvu-2-decisions');
    expect(await portal.seriousViolations(page)).toEqual([]);
    await link.click();
    await page.waitForURL(/\/rating\/rounds\/[0-9a-f-]{36}\/groups\//);
    await page.locator('#rating-board-quota').waitFor();
  });

  it('sees the discipline proposals and the flagged votes waiting on its home, and has its own menu', async () => {
    const page = await portal.open('thuongvu', '/');
    const votes = page.getByRole('link', { name: /^1 kết quả lấy phiếu tín nhiệm chờ quyết định/ });
    await votes.waitFor();
    const proposals = page.getByRole('link', { name: /^1 đề nghị kỷ luật chờ quyết định/ });
    await proposals.waitFor();

    // the Standing Committee's menu: its rating decisions, none of the Organization Board's lifecycle lists
    const menu = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const paths = await menu.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(paths).toEqual(expect.arrayContaining(['/rating/decisions', '/rating/rounds', '/inspection/cases', '/cadre/votes']));
    expect(await menu.getByRole('link', { name: 'Chờ Ban Thường vụ quyết định' }).getAttribute('href')).toBe('/rating/decisions');
    for (const lifecycle of ['/candidates', '/probation', '/cards', '/badges', '/transfers', '/leaving', '/roster']) expect(paths).not.toContain(lifecycle);
    await portal.shot(page, 'thuongvu-1b-home-inspection-cadre');

    await proposals.click();
    await page.waitForURL('**/inspection/cases?status=awaitingDiscipline');
    const row = page.locator('tr', { hasText: VIOLATOR });
    await row.waitFor();
    expect(await row.textContent()).toContain('Chi bộ Công ty Cơ khí');
    expect(await row.textContent()).toContain('10/05/2023');
    await portal.shot(page, 'thuongvu-1c-discipline-proposals');
    expect(await portal.seriousViolations(page)).toEqual([]);
  });

  it('decides the whole group at once after confirming the counts per level, within the quota', async () => {
    const page = await portal.open('thuongvu', boardUrl());
    await page.locator('#board-choose-waiting').click();
    expect(await page.locator('#board-decide').textContent()).toContain('(5)');
    await page.click('#board-decide');
    await page.waitForURL('**/decide**');
    await page.fill('#decide_decisionNumber', '15-QĐ/ĐUK');
    const counts = page.locator('#decide-counts');
    expect(await counts.textContent()).toContain('HTXSNV (Hoàn thành xuất sắc nhiệm vụ): 1');
    expect(await counts.textContent()).toContain('HTTNV (Hoàn thành tốt nhiệm vụ): 4');
    await portal.shot(page, 'thuongvu-3-decide-list');
    expect(await portal.seriousViolations(page)).toEqual([]);

    await page.click('#decide-submit');
    const asked = await confirm(page);
    expect(asked).toContain('5 đối tượng');
    expect(asked).toContain('HTXSNV (Hoàn thành xuất sắc nhiệm vụ): 1');
    expect(asked).toContain('HTTNV (Hoàn thành tốt nhiệm vụ): 4');
    expect(asked).toContain('Sau quyết định: 1/1 HTXSNV — 20% của 5');
    await page.waitForURL((url) => !url.pathname.endsWith('/decide'));
    await page.locator('#decide').waitFor({ state: 'detached' });
    await page.getByText('1/1 HTXSNV — 20% của 5').first().waitFor();
    await portal.shot(page, 'thuongvu-4-board-decided');
    const decided = (await subjects()).filter((s) => s.decision);
    expect(decided.map((s) => s.decision?.level).sort()).toEqual(['excellent', 'good', 'good', 'good', 'good']);
  });

  it('refuses a second excellent beyond the quota under its row with the rule, then records it with an override naming who and why', async () => {
    // the Organization Board proposes the second excellent from the same board
    const board = await portal.open('bantochuc', boardUrl());
    await board.getByRole('checkbox', { name: `Chọn ${SECOND}` }).check();
    await board.click('#board-propose');
    await board.waitForURL('**/propose**');
    await antd(board).option('#propose_items_0_level', 'HTXSNV', 'HTXSNV');
    await board.fill('#propose_items_0_score', '93');
    await portal.shot(board, 'bantochuc-rating-propose');
    await antd(board).submitTo('propose', /\/groups\/[^/?]+(\?.*)?$/);
    await board.locator('#propose').waitFor({ state: 'detached' });
    expect((await subjectOf(SECOND))?.stage).toBe('proposed');

    const page = await portal.open('thuongvu', boardUrl());
    await page.getByRole('checkbox', { name: `Chọn ${SECOND}` }).check();
    await page.click('#board-decide');
    await page.waitForURL('**/decide**');
    await page.fill('#decide_decisionNumber', '16-QĐ/ĐUK');
    expect(await page.locator('.rating-after').textContent()).toContain('Sau quyết định: 2/1 HTXSNV — 20% của 6');
    await page.click('#decide-submit');
    await confirm(page);

    const help = page.locator('#decide_items_0_level_help');
    await help.waitFor();
    expect(await help.textContent()).toMatch(/Vượt tỷ lệ HTXSNV.*tối đa 1 \(20%, Quy định 366-QĐ\/TW/);
    expect(await page.locator('#decide .command-error').textContent()).toContain('Quy định 366-QĐ/TW');
    expect(page.url()).toMatch(/\/decide(\?|$)/);
    expect((await subjectOf(SECOND))?.decision).toBeNull();
    await portal.shot(page, 'thuongvu-5-refused');

    await page.locator('#decide-override').waitFor();
    await page.check('#decide_override_apply');
    await page.fill('#decide_override_reason', 'Đồng chí có thành tích đột xuất trong phòng chống thiên tai, được Ban Thường vụ thống nhất');
    await page.fill('#decide_override_reference', 'Kết luận 45-KL/ĐUK');
    await page.click('#decide-submit');
    const asked = await confirm(page);
    expect(asked).toContain('Ghi nhận vượt tỷ lệ cho 1 đối tượng');
    await page.waitForURL((url) => !url.pathname.endsWith('/decide'));
    await page.locator('#decide').waitFor({ state: 'detached' });
    await page.getByText('1 vượt tỷ lệ có ghi nhận').first().waitFor();
    expect(await page.locator('#rating-board-quota').locator('xpath=..').textContent()).toContain('2/1 HTXSNV — 20% của 6');
    const row = page.locator('tr', { hasText: SECOND });
    expect(await row.textContent()).toContain('Kết luận 45-KL/ĐUK');
    expect(await row.textContent()).toContain('thuongvu');
    await portal.shot(page, 'thuongvu-6-override');
    expect(await portal.seriousViolations(page)).toEqual([]);

    expect((await subjectOf(SECOND))?.decision).toMatchObject({
      level: 'excellent',
      override: { reason: expect.stringContaining('thành tích đột xuất'), reference: 'Kết luận 45-KL/ĐUK', decidedBy: { username: 'thuongvu' } },
    });
  });

  it('reads the summary of the round as the report writes it, with its chart', async () => {
    const page = await portal.open('thuongvu', '/rating/rounds');
    await page.getByRole('link', { name: 'Đánh giá, xếp loại năm 2025' }).click();
    await page.waitForURL(`**/rating/rounds/${roundId}`);
    await page.getByRole('region', { name: 'Các nhóm xếp loại của đợt' }).locator('tr', { hasText: '2/1 HTXSNV — 20% của 6' }).waitFor();
    await portal.shot(page, 'thuongvu-7-round');
    expect(await portal.seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Tổng hợp kết quả' }).click();
    const table = page.getByRole('region', { name: 'Kết quả xếp loại theo mức' });
    await table.waitFor();
    const members = table.locator('tr', { hasText: 'Đảng viên' });
    expect(await members.textContent()).toContain('6/6 = 100,0%');
    expect(await members.textContent()).toContain('2/6 = 33,3%');
    await page.getByRole('img', { name: 'Đảng viên theo mức xếp loại' }).waitFor();
    await portal.shot(page, 'thuongvu-8-summary');
    expect(await portal.seriousViolations(page)).toEqual([]);
  });
});
