import { remoteGateway, TEST_USER_PASSWORD, type ApiAs } from '@party/gateway/testing';
import { TEST_DATABASE_URL } from '@party/testing';
import { Client } from 'pg';
import type { Page } from 'playwright-core';
import { antd } from './antd-driver';
import { usePortal } from './portal-under-test';

// a browser driving Ant Design on a loaded 2-core CI machine: a click can land on a closing
// dropdown; a failed test runs again (its first error logged), each test opening its own page
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * Cadre work from the screens, as `bantochuc`, on data this file creates through the API: a
 * fourth person planned for a post is refused under the person's field with the rule named and
 * nothing written; a consolidation decision recorded from the form shows in the committee; a
 * confidence vote without its quorum shows as invalid, one with two thirds low shows the Standing
 * Committee its flag and the counts; and vetting is read by the Standing Committee and stays out of
 * the menu and the address of those without `vetting:read` (a viewer, the Inspection Committee, a
 * secretary).
 */
const portal = usePortal('cadre');
let board: ApiAs;
let tree: { db1: string; cb2: string };
const TERM_PLANNED = '2025-2030';
const people: Record<'p1' | 'p2' | 'p3' | 'p4' | 'secretary' | 'member' | 'deputy' | 'added' | 'voted', { id: string; name: string; dob: string }> = {} as never;

const NAMES = {
  p1: ['Trần Quy Hoạch', '1978-02-11'],
  p2: ['Lê Văn Kế Cận', '1979-03-12'],
  p3: ['Phạm Thị Dự Nguồn', '1980-04-13'],
  p4: ['Đỗ Văn Thứ Tư', '1981-05-14'],
  secretary: ['Nguyễn Văn Bí Thư', '1970-06-15'],
  member: ['Vũ Thị Cấp Ủy', '1975-07-16'],
  deputy: ['Hoàng Văn Kiện Toàn', '1977-08-17'],
  added: ['Bùi Thị Bổ Sung', '1982-09-18'],
  voted: ['Đặng Văn Tín Nhiệm', '1972-10-19'],
} as const;

/** dd/mm/yyyy, as the pickers show a date of birth. */
const vi = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/** The cadre service copies people and organizations from membership's stream: what was recorded a moment ago may be on its way. */
async function cadreKnows(personIds: string[], orgIds: string[]): Promise<boolean> {
  const schema = portal.system.schemaOf('cadre');
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    const p = await db.query(`select count(*)::int as n from "${schema}".person_replica where person_id = any($1::uuid[]) and status = 'official'`, [personIds]);
    const o = await db.query(`select count(distinct org_id)::int as n from "${schema}".org_version where org_id = any($1::text[])`, [orgIds]);
    return p.rows[0].n === personIds.length && o.rows[0].n === orgIds.length;
  } finally {
    await db.end();
  }
}

const boardQuery = () => `orgId=${tree.db1}&committeeKind=executive&post=secretary&term=${TERM_PLANNED}&status=in_plan`;
let committeeId: string;
/** A grassroots secretary made for this file (no demo user is one): signs in on the login page with the test users' password. */
const SECRETARY_USER = 'bithu.canbo';
let secretaryToken: string;

beforeAll(async () => {
  const gw = remoteGateway(portal.system.base);
  board = gw.as(await gw.login('bantochuc'));
  const w = portal.world;
  const t = await w.tree();
  tree = { db1: t.db1, cb2: t.cb2 };
  const orgOf: Record<keyof typeof NAMES, string> = { p1: t.cell1, p2: t.cell1, p3: t.cell1, p4: t.cell1, secretary: t.cb2, member: t.cb2, deputy: t.cb2, added: t.cb2, voted: t.cell1 };
  for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
    const [fullName, dateOfBirth] = NAMES[key];
    people[key] = { id: await w.member({ orgId: orgOf[key], fullName, dateOfBirth }), name: fullName, dob: dateOfBirth };
  }
  const ids = Object.values(people).map((p) => p.id);
  await w.caughtUp(() => cadreKnows(ids, [t.bloc, t.db1, t.cell1, t.cb2]), 'the cadre service to know the people and organizations');

  // Chi bộ Công ty Xây lắp's chi ủy of 2020-2025: a secretary and a member elected, the deputy's seat vacant
  committeeId = (
    await board
      .post('/cadre/committees', {
        orgId: t.cb2,
        kind: 'executive',
        term: '2020-2025',
        electedOn: '2020-06-10',
        decisionNumber: w.number('QĐ-CU'),
        seats: { secretary: 1, deputy_secretary: 1, member: 3 },
        holders: [
          { personId: people.secretary.id, post: 'secretary' },
          { personId: people.member.id, post: 'member' },
        ],
      })
      .expect(201)
  ).body.id;

  // Đảng bộ Công ty Điện lực's đảng ủy of 2020-2025, its secretary the one the vote below is for (a vote is for the holder of the post)
  await board
    .post('/cadre/committees', { orgId: t.db1, kind: 'executive', term: '2020-2025', electedOn: '2020-06-12', decisionNumber: w.number('QĐ-ĐU'), holders: [{ personId: people.voted.id, post: 'secretary' }] })
    .expect(201);

  // three people planned for Đảng bộ Công ty Điện lực's secretary, 2025-2030: the post is full
  await board
    .post('/cadre/planning/entries', {
      orgId: t.db1,
      committeeKind: 'executive',
      post: 'secretary',
      term: TERM_PLANNED,
      personIds: [people.p1.id, people.p2.id, people.p3.id],
      decisionNumber: w.number('QĐ-QH'),
      decidedOn: '2026-01-15',
    })
    .expect(201);
  secretaryToken = await w.secretary(t.db1, { username: SECRETARY_USER });
}, 240_000);

async function noSeriousViolations(page: Page) {
  expect(await portal.seriousViolations(page)).toEqual([]);
}

describe('cadre work in the portal', () => {
  it('refuses a fourth person planned for a post under the person, naming the rule, and writes nothing', async () => {
    const page = await portal.open('bantochuc', `/cadre/planning/board?orgId=${tree.db1}&kind=executive&post=secretary&term=${TERM_PLANNED}`);
    await page.locator('#cadre-board-caps', { hasText: '3/3 người' }).waitFor();
    await page.getByText(people.p1.name).first().waitFor();
    await portal.shot(page, 'cadre-1-board');
    await noSeriousViolations(page);

    await page.click('#cadre-plan-add');
    await page.waitForURL(/\/cadre\/planning\/board\/plan\?/);
    const ui = antd(page);
    await ui.option('#plan_personIds_0', people.p4.name, vi(people.p4.dob));
    await page.fill('#plan_decisionNumber', '41-QĐ/ĐUK');
    await ui.date('#plan_decidedOn', '15/02/2026');
    await page.click('#plan-submit');
    const help = page.locator('#plan_personIds_0_help');
    await help.waitFor();
    expect(await help.textContent()).toMatch(/không quá 3 người/);
    expect(await page.locator('#plan .command-error').textContent()).toMatch(/Quy định 377-QĐ\/TW/);
    expect(page.url()).toMatch(/\/cadre\/planning\/board\/plan\?/);
    await portal.shot(page, 'cadre-2-fourth-refused');
    await noSeriousViolations(page);
    const after = (await board.get(`/cadre/planning/board?${boardQuery()}`).expect(200)).body;
    expect(after.total).toBe(3);
    expect(after.items.map((r: { person: { personId: string } }) => r.person.personId)).not.toContain(people.p4.id);
  });

  it('records a consolidation decision naming two people from the form, and the committee shows them', async () => {
    const page = await portal.open('bantochuc', `/cadre/committees/${committeeId}`);
    await page.locator('main h1', { hasText: 'Chi bộ Công ty Xây lắp' }).waitFor();
    await page.getByText('Khuyết 1').first().waitFor();
    await portal.shot(page, 'cadre-3-committee-before');
    await noSeriousViolations(page);

    await page.click('#cadre-consolidate');
    await page.waitForURL(/\/consolidate$/);
    const ui = antd(page);
    await page.locator('#consolidate_decisionNumber').waitFor();
    await page.fill('#consolidate_decisionNumber', '512-QĐ/ĐUK');
    await ui.date('#consolidate_decisionDate', '15/03/2023');
    // the deputy's vacant seat filled, and one more member on the chi ủy
    await ui.option('#consolidate_items_0_post', 'Phó', /^Phó Bí thư$/);
    await ui.option('#consolidate_items_0_personId', people.deputy.name, vi(people.deputy.dob));
    await page.click('#consolidate-add');
    await ui.option('#consolidate_items_1_mode', 'Bổ sung thêm', /Bổ sung thêm/);
    await ui.option('#consolidate_items_1_post', 'Cấp ủy viên', /^Cấp ủy viên$/);
    await ui.option('#consolidate_items_1_personId', people.added.name, vi(people.added.dob));
    await portal.shot(page, 'cadre-4-consolidate-form');
    await ui.submitTo('consolidate', /\/cadre\/committees\/[0-9a-f-]{36}$/);

    const posts = page.locator('main .cadre-card').first();
    await posts.getByText(people.deputy.name).waitFor();
    await posts.getByText(people.added.name).waitFor();
    await page.getByText('512-QĐ/ĐUK').first().waitFor();
    await portal.shot(page, 'cadre-5-committee-after');
    const c = (await board.get(`/cadre/committees/${committeeId}`).expect(200)).body;
    const holdersOf = (post: string) => c.posts.find((s: { post: string }) => s.post === post).holders.map((h: { person: { personId: string } }) => h.person.personId);
    expect(holdersOf('deputy_secretary')).toEqual([people.deputy.id]);
    expect(holdersOf('member')).toEqual(expect.arrayContaining([people.member.id, people.added.id]));
    // the deputy's seat is filled; the members' seats grew from 3 to 4 with the one added, two of them still vacant
    expect(c.vacancies).toBe(2);

    const list = await portal.open('bantochuc', '/cadre/consolidations?year=2023');
    await list.getByText('512-QĐ/ĐUK').first().waitFor();
    await list.locator('#cadre-consolidation-summary').waitFor();
    await portal.shot(list, 'cadre-6-consolidations');
    await noSeriousViolations(list);
  });

  it('shows a confidence vote whose conference lacked two thirds of those summoned as invalid', async () => {
    const page = await portal.open('bantochuc', '/cadre/votes/new');
    await page.locator('#vote_personId').waitFor();
    const ui = antd(page);
    await ui.option('#vote_personId', people.voted.name, vi(people.voted.dob));
    await ui.treeNode('#vote_orgId', 'Đảng bộ Công ty Điện lực');
    await ui.option('#vote_post', 'Bí thư', /^Bí thư$/);
    await ui.date('#vote_heldOn', '20/11/2024');
    await page.fill('#vote_votingBody', 'Ban Chấp hành Đảng bộ Công ty Điện lực');
    await page.fill('#vote_summoned', '15');
    await page.fill('#vote_attended', '9');
    await page.fill('#vote_high', '6');
    await page.fill('#vote_normal', '2');
    await page.fill('#vote_low', '1');
    await ui.submitTo('vote', /\/cadre\/votes\/[0-9a-f-]{36}$/);
    const invalid = page.locator('#cadre-vote-invalid');
    await invalid.waitFor();
    expect(await invalid.textContent()).toMatch(/không hợp lệ/);
    expect(await page.locator('#cadre-vote-sheet').textContent()).toContain('9/15 = 60,0%');
    await portal.shot(page, 'cadre-7-vote-invalid');
    await noSeriousViolations(page);
    const id = page.url().split('/').pop();
    const vote = (await board.get(`/cadre/confidence-votes/${id}`).expect(200)).body;
    expect(vote).toMatchObject({ valid: false, result: 'no_quorum', flagged: false });
  });

  it('shows the Standing Committee a vote with two thirds low flagged for dismissal, with the counts of its sheet', async () => {
    // recorded by the Board through the API, as planning.spec.ts records one: 8 of 12 ballots low (≥ 2/3)
    const vote = {
      personId: people.voted.id,
      orgId: tree.db1,
      committeeKind: 'executive',
      post: 'secretary',
      heldOn: '2024-12-05',
      votingBody: 'Ban Chấp hành Đảng bộ Công ty Điện lực',
      summoned: 15,
      attended: 12,
      high: 1,
      normal: 3,
      low: 8,
    };
    const id = (await board.post('/cadre/confidence-votes', vote).expect(201)).body.id;
    expect((await board.get(`/cadre/confidence-votes/${id}`).expect(200)).body).toMatchObject({ valid: true, result: 'dismissal_to_consider', flagged: true, status: 'awaiting_decision' });

    const page = await portal.open('thuongvu', `/cadre/votes/${id}`);
    const flag = page.locator('main .cadre-alert', { hasText: 'Từ 2/3 tín nhiệm thấp trở lên (8/12 = 66,7%)' });
    await flag.waitFor();
    expect(await flag.textContent()).toMatch(/báo cáo Ban Thường vụ xem xét miễn nhiệm/);
    expect(await flag.textContent()).toContain('Chờ Ban Thường vụ quyết định');
    const sheet = await page.locator('#cadre-vote-sheet').textContent();
    for (const shown of ['Đặng Văn Tín Nhiệm', '12/15 = 80,0%', '1/12 = 8,3%', '3/12 = 25,0%', '8/12 = 66,7%', 'Từ 2/3 tín nhiệm thấp: xem xét miễn nhiệm', 'Quy định 96-QĐ/TW']) {
      expect(sheet).toContain(shown);
    }
    expect(await page.locator('#cadre-vote-invalid').count()).toBe(0);
    // the Standing Committee reads the sheet; recording its decision is the Board's (cadre:write)
    expect(await page.locator('#cadre-vote-decide').count()).toBe(0);
    await portal.shot(page, 'cadre-7b-vote-flagged');
    await noSeriousViolations(page);

    const flagged = await portal.open('thuongvu', '/cadre/votes?view=flagged');
    await flagged.locator('main tr', { hasText: people.voted.name }).first().waitFor();
  });

  it('sends one letter to the police naming the people chosen in the vetting list', async () => {
    const opened: string[] = (await board.post('/cadre/vetting/cases/batch', { openedOn: '2026-03-02', purpose: 'planning', personIds: [people.p1.id, people.p2.id] }).expect(201)).body.ids;
    const page = await portal.open('bantochuc', '/cadre/vetting?year=2026');
    await page.locator('#cadre-vetting-summary').waitFor();
    for (const p of [people.p1, people.p2]) await page.getByRole('checkbox', { name: `Chọn ${p.name}` }).check();
    await page.click('#vetting-request');
    await page.waitForURL(/\/cadre\/vetting\/request/);
    const ui = antd(page);
    await page.fill('#request_letterNumber', '125-CV/BTCĐUK');
    await ui.date('#request_sentOn', '10/03/2026');
    expect(await page.locator('#request-submit').textContent()).toContain('2 người');
    await portal.shot(page, 'cadre-10-vetting-letter');
    await noSeriousViolations(page);
    await ui.submitTo('request', /\/cadre\/vetting(\?[^/]*)?$/);
    await page.locator('.ant-segmented-item-label', { hasText: 'Công văn gửi Công an' }).click();
    await page.locator('main td', { hasText: '125-CV/BTCĐUK' }).first().waitFor();
    await portal.shot(page, 'cadre-11-vetting-letters');
    const letters = (await board.get('/cadre/vetting/requests?year=2026').expect(200)).body;
    expect(letters.items).toEqual([expect.objectContaining({ letterNumber: '125-CV/BTCĐUK', people: 2 })]);
    const sent = (await board.get('/cadre/vetting/cases?year=2026&status=requested').expect(200)).body;
    expect(sent.items.map((c: { id: string }) => c.id).sort()).toEqual([...opened].sort());
  });

  it("shows a member's posts, plans and vetting on their record", async () => {
    const page = await portal.open('bantochuc', `/members/${people.deputy.id}?tab=cadre`);
    await page.locator('main td', { hasText: 'Phó Bí thư' }).first().waitFor();
    const planned = await portal.open('bantochuc', `/members/${people.p1.id}?tab=cadre`);
    await planned.locator('main td', { hasText: 'Bí thư — Đảng bộ Công ty Điện lực' }).first().waitFor();
    await planned.getByText('Thẩm tra tiêu chuẩn chính trị (mật)').waitFor();
    await portal.shot(planned, 'cadre-12-member-record');
    // no axe check here: the record's header (the members workspace's status tag) is not this workspace's
  });

  it.each([
    ['/cadre/committees?term=2020-2025', 'cadre-13-committees', 'Chi bộ Công ty Xây lắp'],
    ['/cadre/planning', 'cadre-14-plans', NAMES.p1[0]],
    ['/cadre/planning?view=exits', 'cadre-15-exits', 'Ra khỏi quy hoạch'],
    ['/cadre/votes?year=2024', 'cadre-16-votes', NAMES.voted[0]],
  ])('opens %s for the Organization Board', async (path, shot, text) => {
    const page = await portal.open('bantochuc', path);
    await page.locator('main').getByText(text).first().waitFor();
    await page.waitForLoadState('networkidle');
    await portal.shot(page, shot);
    await noSeriousViolations(page);
  });

  it.each(['viewer', 'ubkt'])('keeps vetting out of the menu of %s and says "no permission" at its address', async (user) => {
    const gw = remoteGateway(portal.system.base);
    await gw.as(await gw.login(user)).get('/cadre/vetting/cases').expect(403);
    const page = await portal.open(user, '/');
    await page.locator('nav').first().waitFor();
    await page.locator('main h1').first().waitFor();
    expect(await page.locator('nav a[href="/cadre/vetting"]').count()).toBe(0);
    expect(await page.locator('nav', { hasText: 'Bảo vệ chính trị nội bộ' }).count()).toBe(0);
    await page.goto(`${portal.url}/cadre/vetting`);
    await page.getByText('Bạn không có quyền xem trang này.').waitFor();
    await portal.shot(page, `cadre-8-vetting-${user}`);
  });

  it('refuses vetting to a secretary at the route and at its address, after signing in on the login page', async () => {
    const gw = remoteGateway(portal.system.base);
    for (const path of ['/cadre/vetting/cases', '/cadre/vetting/requests', '/cadre/vetting/summary?year=2026']) await gw.as(secretaryToken).get(path).expect(403);
    const page = await portal.open(null, '/cadre/vetting');
    await page.locator('#login-username').waitFor();
    await page.fill('#login-username', SECRETARY_USER);
    await page.fill('#login-password', TEST_USER_PASSWORD);
    await page.click('button[type="submit"]');
    await page.getByText('Bạn không có quyền xem trang này.').waitFor();
    expect(page.url()).toMatch(/\/cadre\/vetting$/);
    expect(await page.locator('nav a[href="/cadre/vetting"]').count()).toBe(0);
    await portal.shot(page, 'cadre-8-vetting-secretary');
  });

  it('lets the Standing Committee read the vetting cases from its menu, without the Board\'s commands', async () => {
    const gw = remoteGateway(portal.system.base);
    await gw.as(await gw.login('thuongvu')).get('/cadre/vetting/cases').expect(200);
    const page = await portal.open('thuongvu', '/');
    await page.locator('nav a[href="/cadre/vetting"]').click();
    await page.locator('main h1', { hasText: 'Bảo vệ chính trị nội bộ' }).waitFor();
    await page.locator('#cadre-vetting-summary').waitFor();
    await page.locator('main table').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByText('Bạn không có quyền xem trang này.').count()).toBe(0);
    expect(await page.locator('#vetting-open').count()).toBe(0);
    expect(await page.locator('#vetting-request').count()).toBe(0);
    await portal.shot(page, 'cadre-9b-vetting-standing');
    await noSeriousViolations(page);
  });

  it('shows the Organization Board the vetting page from its menu', async () => {
    const page = await portal.open('bantochuc', '/');
    await page.locator('nav a[href="/cadre/vetting"]').click();
    await page.locator('main h1', { hasText: 'Bảo vệ chính trị nội bộ' }).waitFor();
    await page.locator('#vetting-open').waitFor();
    await portal.shot(page, 'cadre-9-vetting');
    await noSeriousViolations(page);
  });
});
