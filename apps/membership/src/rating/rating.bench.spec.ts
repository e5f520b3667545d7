import { loadavg } from 'node:os';
import { insertEntities } from '@party/database';
import { useStack } from '@party/gateway/testing';
import { Person } from '../people/person.entity';
import { MEMBERSHIP } from '../testing/membership-under-test';

/**
 * A bloc's round at its real size: 151 chi bộ cơ sở, ~8,000 members (written straight into the
 * schema: the roster import has its own bench), the round opened, every member proposed in one
 * list, then decided in one list through the real gateway. A measurement, not a timed assertion
 * (the machine is shared): `RATING_BENCH=1 npx jest apps/membership/src/rating/rating.bench.spec.ts`.
 * `npm run bench -- rating` measures the same decision with the apps as processes.
 */
const bench = process.env.RATING_BENCH ? describe : describe.skip;
const MEMBERS = Number(process.env.RATING_BENCH_MEMBERS ?? 8000);

bench(`a rating round of ${MEMBERS} members`, () => {
  const stack = useStack({ label: 'ratingbench', service: MEMBERSHIP });
  const cells: string[] = [];
  let standing: string;

  beforeAll(async () => {
    const bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối' });
    for (let i = 0; i < 151; i++) cells.push(await stack.world.org({ kind: 'grassroots_cell', name: `Chi bộ ${i}`, parentId: bloc }));
    const base = 900_000_000_000;
    await stack.em().transactional((em) =>
      insertEntities(
        em,
        Array.from({ length: MEMBERS }, (_, i) =>
          Object.assign(new Person(), {
            fullName: `Đảng Viên ${i}`,
            searchName: `dang vien ${i}`,
            dateOfBirth: '1970-01-01',
            gender: 'male',
            citizenId: String(base + i),
            ethnicity: 'kinh',
            religion: 'none',
            hometown: 'Hà Nội',
            generalEducation: '12/12',
            orgId: cells[i % cells.length],
            status: 'official',
            admissionDecisionDate: '2000-01-01',
            ceremonyDate: '2000-01-01',
            officialDate: '2001-01-01',
          }),
        ),
      ),
    );
    standing = await stack.world.user({ roles: ['standing'] });
  }, 300_000);

  it('opens, proposes and decides the whole bloc, each in one request', async () => {
    const t = [Date.now()];
    const roundId = (await stack.post('/rating/rounds', { year: 2023, scopeOrgId: null, deadlines: { selfRating: '2023-12-01', proposal: '2023-12-15', decision: '2023-12-29' } }).expect(201)).body.id;
    t.push(Date.now());
    const rows: { personId: string; peerGroup: string }[] = [];
    for (let page = 1; rows.length < MEMBERS; page++) rows.push(...(await stack.get(`/rating/rounds/${roundId}/subjects?kind=member&pageSize=500&page=${page}`).expect(200)).body.items);
    t.push(Date.now());
    // per peer group (the members of a chi bộ cơ sở, ~53): 10 excellent (≤ 20% of the good-or-better), 2 completed, the rest good
    const seen = new Map<string, number>();
    const items = rows.map(({ personId, peerGroup }) => {
      const n = seen.get(peerGroup) ?? 0;
      seen.set(peerGroup, n + 1);
      return { personId, level: n < 2 ? 'completed' : n < 12 ? 'excellent' : 'good' };
    });
    await stack.post(`/rating/rounds/${roundId}/proposals`, { meetingDate: '2023-12-10', items: items.map((x) => ({ ...x, basis: 'Đạt các tiêu chí' })) }).expect(200);
    t.push(Date.now());
    const res = await stack.post(`/rating/rounds/${roundId}/decisions`, { decisionDate: '2023-12-26', decisionNumber: '1125-QĐ/ĐUK', items }, standing);
    t.push(Date.now());
    expect(res.body).toMatchObject({ decided: MEMBERS });
    const summary = (await stack.get(`/rating/rounds/${roundId}/summary`).expect(200)).body;
    t.push(Date.now());
    expect(summary.members.decided).toBe(MEMBERS);
    const ms = (i: number) => t[i + 1] - t[i];
    console.log(
      `rating of ${MEMBERS} members: open ${ms(0)} ms, board read ${ms(1)} ms, propose ${ms(2)} ms, decide ${ms(3)} ms, summary ${ms(4)} ms (load average ${loadavg()[0].toFixed(1)})`,
    );
  }, 600_000);
});
