import { useStack } from '@party/gateway/testing';
import { TRAINING } from './testing/training-under-test';
import { twoBranchTree } from './testing/two-branch-tree';

/**
 * Training's lists read the same way as every list: paged with the total, sorted by a named
 * column, and narrowed to one organization's subtree (`orgId`) within what the caller may see.
 */
const stack = useStack({ label: 'traininglists', service: TRAINING });
let secretary: string;
let org: Awaited<ReturnType<typeof twoBranchTree>>;

beforeAll(async () => {
  org = await twoBranchTree(stack.iso, stack.service);
  secretary = await stack.world.secretary(org.G1, { username: 'bithu.lists', fullName: 'Nguyễn Thị Bí Thư' });

  const register = (personId: string, fullName: string, orgId: string, registeredOn: string) =>
    stack.post('/training/registrations', { courseTypeCode: 'doi-tuong-4', forYear: 2024, person: { personId, fullName }, registeredOn, orgId }).expect(201);
  await register('p-an', 'Nguyễn Văn An', org.C1, '2023-09-04');
  await register('p-binh', 'Lê Thị Bình', org.C2, '2023-09-02');
  await register('p-chau', 'Phạm Minh Châu', org.G1, '2023-09-03');
  const open = (title: string, openedOn: string, servedOrgIds: string[]) =>
    stack.post('/training/classes', { courseTypeCode: 'nhan-thuc-ve-dang', title, openedOn, servedOrgIds }).expect(201);
  await open('Lớp B của Đảng bộ 2', '2023-03-01', [org.G2]);
  await open('Lớp A của Chi bộ 1', '2023-05-01', [org.C1]);
}, 120_000);

const names = (body: { items: { person: { fullName: string } }[] }) => body.items.map((r) => r.person.fullName);

it('pages a list with its total and sorts it by date or by Vietnamese name', async () => {
  const first = (await stack.as().get('/training/registrations?forYear=2024&pageSize=2').expect(200)).body;
  expect(first).toMatchObject({ forYear: 2024, total: 3, page: 1, pageSize: 2 });
  expect(names(first)).toEqual(['Lê Thị Bình', 'Phạm Minh Châu']);
  expect(names((await stack.as().get('/training/registrations?forYear=2024&pageSize=2&page=2').expect(200)).body)).toEqual(['Nguyễn Văn An']);
  const byName = (await stack.as().get('/training/registrations?forYear=2024&sort=fullName&order=desc').expect(200)).body;
  expect(names(byName)).toEqual(['Phạm Minh Châu', 'Nguyễn Văn An', 'Lê Thị Bình']);
  await stack.as().get('/training/registrations?forYear=2024&sort=birthday').expect(400);

  const classes = (await stack.as().get('/training/classes?year=2023&sort=title').expect(200)).body;
  expect(classes).toMatchObject({ total: 2, scope: 'bloc' });
  expect(classes.items.map((c: { title: string }) => c.title)).toEqual(['Lớp A của Chi bộ 1', 'Lớp B của Đảng bộ 2']);
  const types = (await stack.as().get('/training/course-types?pageSize=2').expect(200)).body;
  expect(types).toMatchObject({ total: 6, pageSize: 2 });
  expect(types.items.map((t: { code: string }) => t.code)).toEqual(['cao-cap-llct', 'doi-tuong-4']);
});

it('narrows a list to an organization’s subtree, within the caller’s own', async () => {
  const g1 = (await stack.as().get(`/training/registrations?forYear=2024&orgId=${org.G1}`).expect(200)).body;
  expect(g1.total).toBe(2);
  expect(names(g1).sort()).toEqual(['Nguyễn Văn An', 'Phạm Minh Châu']);
  const g2 = (await stack.as().get(`/training/classes?year=2023&orgId=${org.G2}`).expect(200)).body;
  expect(g2).toMatchObject({ total: 1, scope: 'subtree' });
  expect(g2.items[0].title).toBe('Lớp B của Đảng bộ 2');
  expect((await stack.as().get(`/training/classes?year=2023&orgId=${org.C2}`).expect(200)).body.total).toBe(0); // serves G2, not C2 itself
  // a secretary sees their own subtree by default, may narrow it, and is refused another's
  expect((await stack.as(secretary).get('/training/registrations?forYear=2024').expect(200)).body.total).toBe(2);
  expect(names((await stack.as(secretary).get(`/training/registrations?forYear=2024&orgId=${org.C1}`).expect(200)).body)).toEqual(['Nguyễn Văn An']);
  await stack.as(secretary).get(`/training/registrations?forYear=2024&orgId=${org.G2}`).expect(403);
  await stack.as(secretary).get(`/training/classes?year=2023&orgId=${org.C2}`).expect(403);
});
