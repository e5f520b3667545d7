import { remoteGateway, type ApiAs } from '@party/gateway/testing';
import { antd } from './antd-driver';
import { usePortal } from './portal-under-test';

// a browser driving Ant Design on a loaded 2-core CI machine: a click can land on a closing
// dropdown; a failed test runs again (its first error logged), each test opening its own page
jest.retryTimes(2, { logErrorsBeforeRetry: true });

/**
 * The Inspection Committee's work from the screens, as `ubkt`, on data this file creates: a
 * warning decided for a member, and removal from post refused for one who was still
 * probationary on the decision date — under the level field, nothing written.
 */
const portal = usePortal('ubkt');
let ubkt: ApiAs;
let member: { id: string; name: string };

const disciplines = async (): Promise<number> => (await ubkt.get('/inspection/disciplines?pageSize=1').expect(200)).body.total;

beforeAll(async () => {
  const gw = remoteGateway(portal.system.base);
  ubkt = gw.as(await gw.login('ubkt'));
  const w = portal.world;
  const tree = await w.tree();
  const introducers = [await w.member({ orgId: tree.cell1 }), await w.member({ orgId: tree.cell1 })] as [string, string];
  // probationary from 10/01/2024, official from 10/01/2025: the rules judge the decision date
  const name = 'Hoàng Văn Kiểm';
  const id = await w.probationer({ orgId: tree.cell1, introducers, ceremonyDate: '2024-01-10', fullName: name, dateOfBirth: '1990-04-04' });
  await w.certify(id, 'llct-dang-vien-moi', '2024-06-15');
  await w.api.post(`/probation/${id}/convert`, { meetingDate: '2025-01-20', decisionDate: '2025-01-25', decisionNumber: 'QĐ-CT 09' }).expect(200);
  member = { id, name };
}, 180_000);

async function openDecision(personName: string) {
  const page = await portal.open('ubkt', '/inspection/disciplines');
  await page.click('#disciplines-decide');
  await page.waitForURL('**/inspection/disciplines/new');
  const ui = antd(page);
  await ui.option('#decide_personId', personName, /04\/04\/1990/);
  return { page, ui };
}

describe('the Inspection Committee in the portal', () => {
  it('refuses removal from post for a member who was probationary on the decision date, under the level field, and writes nothing', async () => {
    const before = await disciplines();
    const { page, ui } = await openDecision(member.name);
    await page.fill('#decide_violation', 'Vi phạm quy định về những điều đảng viên không được làm');
    await page.getByRole('radio', { name: 'Cách chức' }).check();
    await ui.option('#decide_decidingBody', 'Ủy ban kiểm tra', 'Ủy ban kiểm tra cấp trên cơ sở');
    await page.fill('#decide_decisionNumber', '21-QĐ/UBKTĐUK');
    await ui.date('#decide_decidedOn', '20/06/2024');
    await page.click('#decide-submit');
    const help = page.locator('#decide_level_help');
    await help.waitFor();
    expect(await help.textContent()).toMatch(/cách chức đối với đảng viên dự bị/);
    expect(page.url()).toMatch(/\/inspection\/disciplines\/new$/);
    await portal.shot(page, 'ubkt-1-refused');
    expect(await disciplines()).toBe(before);
    expect(await portal.seriousViolations(page)).toEqual([]);
  });

  it('records a warning and opens the decision', async () => {
    const before = await disciplines();
    const { page, ui } = await openDecision(member.name);
    await page.fill('#decide_violation', 'Không chấp hành nghị quyết của chi bộ');
    await page.getByRole('radio', { name: 'Cảnh cáo' }).check();
    await ui.option('#decide_decidingBody', 'Chi bộ', /^Chi bộ$/);
    await page.fill('#decide_decisionNumber', '03-QĐ/CB');
    await ui.date('#decide_decidedOn', '20/06/2024');
    await page.click('#decide-submit');
    await page.waitForURL(/\/inspection\/disciplines\/[0-9a-f-]{36}$/);
    await page.locator('main h1').first().waitFor();
    await portal.shot(page, 'ubkt-2-decision');
    expect(await disciplines()).toBe(before + 1);
  });
});
