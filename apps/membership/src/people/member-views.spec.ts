import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@party/contracts';
import { useStack } from '@party/gateway/testing';
import { waitFor } from '@party/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { boundedCount, largeMatches, rankedSearch } from './member-search';

/**
 * The member page and the member list as a clerk reads them (issue 10, items 7, 9 and 10): a
 * timeline dated by the facts, not by the day they were typed in; a search that lists what was
 * typed first; members who left the bloc with their organization shown as such — through the
 * real gateway, with the REAL training service issuing the certificates an admission needs.
 */
const stack = useStack({ label: 'memberviews', service: MEMBERSHIP, processes: ['training'] });
const { post, get } = stack;

interface Entry {
  eventId: string;
  type: string;
  on: string;
  approximate: boolean;
  recordedAt: string;
}
const timeline = async (personId: string) => (await get(`/members/${personId}`).expect(200)).body.timeline as Entry[];
/** `type on` per entry, `~` marking a fact placed where it held by (it has no date of its own). */
const facts = (entries: Entry[]) => entries.map((e) => `${e.type.replace(/^membership\./, '')} ${e.approximate ? '~' : ''}${e.on}`);

const ids: Record<string, string> = {};
const startedAt = Date.now();

beforeAll(async () => {
  Object.assign(ids, await stack.world.tree({ effectiveOn: '2000-01-01', cell2: true }));
  ids.introducer1 = await stack.world.member({ fullName: 'Hồ Sĩ Giới', orgId: ids.cell1 });
  ids.introducer2 = await stack.world.member({ fullName: 'Đinh Thị Thiệu', orgId: ids.cell1 });
}, 60_000);

describe('a timeline dated by the facts, the record date apart (item 7)', () => {
  it('places a candidacy typed in today on the dates it happened: the record and the introducers where they held, the ceremony on its own day', async () => {
    const personId = await stack.world.probationer({ fullName: 'Lê Thị Thảo', orgId: ids.cell1, introducers: [ids.introducer1, ids.introducer2], ceremonyDate: '2023-01-10' });
    const entries = await timeline(personId);
    expect(facts(entries)).toEqual([
      'person.recorded ~2022-01-10',
      'candidate.nominated 2022-01-10',
      'candidate.sympathizerListed 2022-02-01',
      'candidate.vettingRecorded 2022-06-01',
      'candidate.introducersRecorded ~2022-12-01',
      'candidate.resolutionPassed 2022-12-01',
      'member.admitted 2022-12-15',
      'member.ceremonyHeld 2023-01-10',
    ]);
    // every one of them was recorded by this test, today
    for (const e of entries) expect(Date.parse(e.recordedAt)).toBeGreaterThanOrEqual(startedAt - 1000);
    // the ceremony came with the admission's decision: one event, two facts
    const admitted = entries.find((e) => e.type === 'membership.member.admitted') as Entry;
    expect(entries.find((e) => e.type === 'membership.member.ceremonyHeld')?.eventId).toBe(admitted.eventId);

    // the conversion, decided late, is dated on ceremony + 12 months, after the certificate that allowed it
    await stack.world.certify(personId, 'llct-dang-vien-moi', '2023-06-15', 'LLCT-DVM-TL1');
    await post(`/probation/${personId}/convert`, { meetingDate: '2024-02-20', decisionDate: '2024-02-26', decisionNumber: 'QĐ-CT TL1' }).expect(200);
    expect(facts(await timeline(personId)).slice(-2)).toEqual(['member.ceremonyHeld 2023-01-10', 'member.madeOfficial 2024-01-10']);
  });

  it('a member from the books: registered on the decision, the ceremony, the official date and the card each on theirs; a transfer by its days', async () => {
    const personId = await stack.world.member({
      fullName: 'Phan Văn Sơn',
      orgId: ids.cell1,
      admittedOn: '2010-05-04',
      ceremonyDate: '2010-05-19',
      officialDate: '2011-05-19',
      cardNumber: `TL-${Date.now() % 1_000_000}`,
      cardIssuedOn: '2012-03-03',
    });
    const transfer = (await post('/transfers/internal', { personId, toOrgId: ids.cell2, letterNumber: 'GGT-TL 01', departedOn: '2023-04-03' }).expect(201)).body;
    await post(`/transfers/${transfer.id}/arrive`, { arrivedOn: '2023-04-10' }).expect(200);
    expect(facts(await timeline(personId))).toEqual([
      'person.recorded ~2010-05-04',
      'member.registered 2010-05-04',
      'member.ceremonyHeld 2010-05-19',
      'member.madeOfficial 2011-05-19',
      'card.issued 2012-03-03',
      'transfer.departed 2023-04-03',
      'transfer.arrived 2023-04-10',
      'transfer.completed 2023-04-10',
    ]);
  });

  it('a person with nothing but their record: the record on the day it was made', async () => {
    const personId = await stack.world.person({ fullName: 'Vũ Thị Mới', orgId: ids.cell1 });
    expect(await timeline(personId)).toEqual([expect.objectContaining({ type: 'membership.person.recorded', approximate: true, on: todayInVietnam() })]);
  });
});

describe('a search lists what was typed first (item 9)', () => {
  const names = async (query: string) =>
    (await get(`/members?orgId=${ids.searchOrg}&${query}`).expect(200)).body as { items: { fullName: string }[]; total: number };

  beforeAll(async () => {
    ids.searchOrg = await stack.world.org({ kind: 'grassroots_cell', name: 'Chi bộ Tìm kiếm', parentId: ids.bloc, effectiveOn: '2000-01-01' });
    // created in an order that is neither the alphabetical nor the ranked one
    const people: [string, string][] = [
      ['Văn Nguyễn Cường', '1970-01-01'],
      ['Lê Nguyễn Vàng', '1971-01-01'],
      ['Nguyễn Vân Anh', '1990-01-01'],
      ['Trần Nguyễn Văn Bình', '1972-01-01'],
      ['Nguyễn Thị Vân', '1973-01-01'],
      ['Nguyễn Vàng Anh', '1974-01-01'],
      ['Nguyễn Văn An', '1980-01-01'],
      ['Trần Thị Nga', '1975-01-01'],
    ];
    for (const [fullName, dateOfBirth] of people) await stack.world.person({ fullName, dateOfBirth, orgId: ids.searchOrg });
  });

  it('names starting with the typed words first, then holding them as whole words in order, then as word starts in order, then the rest', async () => {
    const ranked = ['Nguyễn Văn An', 'Nguyễn Vân Anh', 'Nguyễn Vàng Anh', 'Trần Nguyễn Văn Bình', 'Lê Nguyễn Vàng', 'Nguyễn Thị Vân', 'Văn Nguyễn Cường'];
    for (const q of ['nguyen van', 'Nguyễn Văn', 'NGUYEN  VAN ']) {
      const res = await names(`q=${encodeURIComponent(q)}`);
      expect({ q, names: res.items.map((p) => p.fullName), total: res.total }).toEqual({ q, names: ranked, total: 7 });
    }
    // the first page of one is the first name typed
    expect((await names('q=nguyen%20van&pageSize=1')).items.map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    expect((await names('q=nguyen%20van&pageSize=2&page=3')).items.map((p) => p.fullName)).toEqual(['Lê Nguyễn Vàng', 'Nguyễn Thị Vân']);
  });

  it('gives every page of every size as the slice of the whole ranked list, in both orders (a page across two ranks included)', async () => {
    const all = async (order: string) => (await names(`q=nguyen%20van&order=${order}`)).items.map((p) => p.fullName);
    const [asc, desc] = [await all('asc'), await all('desc')];
    expect(asc).toEqual(['Nguyễn Văn An', 'Nguyễn Vân Anh', 'Nguyễn Vàng Anh', 'Trần Nguyễn Văn Bình', 'Lê Nguyễn Vàng', 'Nguyễn Thị Vân', 'Văn Nguyễn Cường']);
    // the order reverses within each rank, never across them
    expect(desc).toEqual(['Nguyễn Vân Anh', 'Nguyễn Văn An', 'Nguyễn Vàng Anh', 'Trần Nguyễn Văn Bình', 'Lê Nguyễn Vàng', 'Văn Nguyễn Cường', 'Nguyễn Thị Vân']);
    for (const [order, whole] of [['asc', asc], ['desc', desc]] as const) {
      for (const size of [1, 2, 3, 4]) {
        for (let page = 1; page <= Math.ceil(whole.length / size) + 1; page++) {
          const res = await names(`q=nguyen%20van&order=${order}&pageSize=${size}&page=${page}`);
          expect({ order, size, page, names: res.items.map((p) => p.fullName), total: res.total }).toEqual({ order, size, page, names: whole.slice((page - 1) * size, page * size), total: 7 });
        }
      }
    }
  });

  it('finds the same pages whether it walks the name index class by class (many matches) or ranks the matches found through the trigrams (few)', async () => {
    const filter = { text: 'nguyen van', orgIds: [ids.searchOrg], status: null };
    const namesOf = async (found: { people: { fullName: string }[] }) => found.people.map((p) => p.fullName);
    for (const order of ['asc', 'desc'] as const) {
      const whole = (await names(`q=nguyen%20van&order=${order}`)).items.map((p) => p.fullName);
      for (const limit of [1, 2, 3]) {
        for (let offset = 0; offset <= whole.length; offset += limit) {
          for (const dense of [true, false]) {
            const found = await rankedSearch(stack.em(), filter, { offset, limit, order }, { dense });
            expect({ order, limit, offset, dense, names: await namesOf(found), total: found.total }).toEqual({ order, limit, offset, dense, names: whole.slice(offset, offset + limit), total: 7 });
          }
        }
      }
    }
  });

  it('counts the matches up to a bound and says when it stopped (a common name at the nation\'s size)', async () => {
    const filter = { text: 'nguyen van', orgIds: [ids.searchOrg], status: null };
    expect(await boundedCount(stack.em(), filter, 7)).toEqual({ total: 7, exact: true });
    expect(await boundedCount(stack.em(), filter, 6)).toEqual({ total: 6, exact: false });
    expect(await boundedCount(stack.em(), { ...filter, text: 'tran thi' }, 6)).toEqual({ total: 1, exact: true });
    expect((await get(`/members?orgId=${ids.searchOrg}&q=nguyen%20van`).expect(200)).body).toMatchObject({ total: 7, totalExact: true });
  });

  it('says "more than the bound" from the names that start with the text when they alone pass it, without walking the other matches', async () => {
    const filter = { text: 'nguyen van', orgIds: [ids.searchOrg], status: null };
    const before = largeMatches.byPrefix;
    // 3 names start with "nguyen van" (Văn An, Vân Anh, Vàng Anh): past 1 and a tenth, so past it among the 7 matches
    expect(await boundedCount(stack.em(), filter, 1)).toEqual({ total: 1, exact: false });
    expect(largeMatches.byPrefix - before).toBe(1);
    // not past 2 and a tenth (3): the 7 matches are counted, and pass it
    expect(await boundedCount(stack.em(), filter, 2)).toEqual({ total: 2, exact: false });
    expect(largeMatches.byPrefix - before).toBe(1);
    // the scope holds: in an organization without those names, nothing
    expect(await boundedCount(stack.em(), { ...filter, orgIds: [randomUUID()] }, 1)).toEqual({ total: 0, exact: true });
  });

  it('counts a filter that matches well past the bound once a minute, never an exact count', async () => {
    const filter = { text: 'nguyen van', orgIds: [ids.searchOrg], status: null };
    const page = { offset: 0, limit: 2, order: 'asc' as const };
    // 7 matches: past a bound of 5 by more than a tenth, remembered; 7 is within 6 and a tenth (7): counted each time
    const runs = async (cap: number) => {
      const before = largeMatches.counted;
      const answers = [await rankedSearch(stack.em(), filter, page, { cap }), await rankedSearch(stack.em(), filter, page, { cap }), await boundedCount(stack.em(), filter, cap)];
      return { counted: largeMatches.counted - before, totals: answers.map((a) => [a.total, a.exact]) };
    };
    expect(await runs(5)).toEqual({ counted: 1, totals: [[5, false], [5, false], [5, false]] });
    expect(await runs(6)).toEqual({ counted: 3, totals: [[6, false], [6, false], [6, false]] });
    expect(await runs(7)).toEqual({ counted: 3, totals: [[7, true], [7, true], [7, true]] });
  });

  it('counts a filter once when many ask for it at the same moment (a remembered common name expiring under 50 users)', async () => {
    const filter = { text: 'nguyen van', orgIds: [ids.searchOrg], status: null };
    const before = largeMatches.counted;
    const answers = await Promise.all(Array.from({ length: 8 }, () => rankedSearch(stack.em(), filter, { offset: 0, limit: 2, order: 'asc' }, { cap: 4, dense: true })));
    expect(largeMatches.counted - before).toBe(1);
    expect(answers.map((a) => [a.people.length, a.total, a.exact])).toEqual(Array.from({ length: 8 }, () => [2, 4, false]));
    expect(largeMatches.inFlight.size).toBe(0);
  });

  it('counts a remembered filter again behind the answer in its last seconds, so it never runs out under a crowd', async () => {
    const filter = { text: 'nguyen van', orgIds: [ids.searchOrg], status: null };
    const page = { offset: 0, limit: 2, order: 'asc' as const };
    await rankedSearch(stack.em(), filter, page, { cap: 3, dense: true }); // 7 matches: remembered past a bound of 3
    const [key, entry] = [...largeMatches.keys].find(([k]) => k.endsWith(',3]')) as [string, { until: number; dense: boolean }];
    const before = largeMatches.counted;
    largeMatches.keys.set(key, { ...entry, until: Date.now() + 30_000 }); // not yet near its end: answered from memory
    expect(await rankedSearch(stack.em(), filter, page, { cap: 3 })).toMatchObject({ total: 3, exact: false });
    expect(largeMatches.counted - before).toBe(0);
    largeMatches.keys.set(key, { ...entry, until: Date.now() + 5_000 }); // in its last seconds: answered from memory, counted again behind
    expect(await rankedSearch(stack.em(), filter, page, { cap: 3 })).toMatchObject({ total: 3, exact: false });
    expect(largeMatches.counted - before).toBe(1);
    await waitFor(async () => (largeMatches.keys.get(key)?.until ?? 0) > Date.now() + 50_000, { what: 'the recount to remember the filter another minute' });
  });

  it('orders by the chosen column within each rank, never across them', async () => {
    const res = await names('q=nguyen%20van&sort=dateOfBirth&order=desc');
    expect(res.items.map((p) => p.fullName)).toEqual(['Nguyễn Vân Anh', 'Nguyễn Văn An', 'Nguyễn Vàng Anh', 'Trần Nguyễn Văn Bình', 'Lê Nguyễn Vàng', 'Nguyễn Thị Vân', 'Văn Nguyễn Cường']);
  });

  it('a prefix of the last word ranks the names it starts first, a single word those it begins', async () => {
    expect((await names('q=nguyen%20va')).items.map((p) => p.fullName).slice(0, 4)).toEqual(['Nguyễn Văn An', 'Nguyễn Vân Anh', 'Nguyễn Vàng Anh', 'Lê Nguyễn Vàng']);
    expect((await names('q=van')).items.map((p) => p.fullName)).toEqual(['Văn Nguyễn Cường', 'Nguyễn Thị Vân', 'Nguyễn Văn An', 'Nguyễn Vân Anh', 'Trần Nguyễn Văn Bình', 'Lê Nguyễn Vàng', 'Nguyễn Vàng Anh']);
  });
});

describe('members who left the bloc with their organization (item 10)', () => {
  const toCommittee = 'Đảng ủy Khối Doanh nghiệp Trung ương';
  const member = async (personId: string) => (await get(`/members/${personId}`).expect(200)).body;

  beforeAll(async () => {
    ids.transport = await stack.world.org({ kind: 'grassroots_committee', name: 'Đảng bộ Công ty Vận tải', parentId: ids.bloc, effectiveOn: '2000-01-01' });
    ids.garage = await stack.world.org({ kind: 'dependent_cell', name: 'Chi bộ Xưởng sửa chữa', parentId: ids.transport, effectiveOn: '2000-01-01' });
    await post(`/orgs/${ids.garage}/rename`, { name: 'Chi bộ Xưởng ô tô', effectiveOn: '2015-01-01', decisionNumber: 'QĐ-ĐT 15' }).expect(200);
    ids.went = await stack.world.member({ fullName: 'Cao Văn Đi', orgId: ids.garage });
    ids.movedBefore = await stack.world.member({ fullName: 'Cao Văn Ở', orgId: ids.garage });
    ids.stayed = await stack.world.member({ fullName: 'Cao Văn Lại', orgId: ids.cell1 });
    const t = (await post('/transfers/internal', { personId: ids.movedBefore, toOrgId: ids.cell1, letterNumber: 'GGT-BG 01', departedOn: '2023-06-01' }).expect(201)).body;
    await post(`/transfers/${t.id}/arrive`, { arrivedOn: '2023-06-05' }).expect(200);
    await post(`/orgs/${ids.transport}/hand-over`, { toCommittee, effectiveOn: '2023-12-01', decisionNumber: 'QĐ-BG 2023' }).expect(200);
  });

  it('shows the organization by the name it had when handed over, and the hand-over, on the member page and in the list', async () => {
    const went = await member(ids.went);
    expect(went).toMatchObject({ orgId: ids.garage, orgName: 'Chi bộ Xưởng ô tô', handedOver: { on: '2023-12-01', toCommittee } });
    expect(went.timeline.at(-1)).toMatchObject({ type: 'membership.organization.handedOver', on: '2023-12-01', approximate: false, data: expect.objectContaining({ decisionNumber: 'QĐ-BG 2023', toCommittee }) });
    const listed = (await get(`/members?q=${encodeURIComponent('cao van')}`).expect(200)).body.items;
    expect(listed.map((m: { fullName: string; orgName: string; handedOver: unknown }) => [m.fullName, m.orgName, m.handedOver])).toEqual([
      ['Cao Văn Đi', 'Chi bộ Xưởng ô tô', { on: '2023-12-01', toCommittee }],
      ['Cao Văn Lại', 'Chi bộ Phòng Kỹ thuật', null],
      ['Cao Văn Ở', 'Chi bộ Phòng Kỹ thuật', null],
    ]);
  });

  it('counts them in the bloc the day before the hand-over and not on the day', async () => {
    const headcount = async (asOf: string) => (await get(`/members/headcount?asOf=${asOf}&orgId=${ids.transport}`).expect(200)).body.total;
    expect(await headcount('2023-11-30')).toBe(1);
    expect(await headcount('2023-12-01')).toBe(0);
  });

  it('does not mark a member who had moved away before the hand-over, nor one elsewhere', async () => {
    expect(await member(ids.movedBefore)).toMatchObject({ orgId: ids.cell1, orgName: 'Chi bộ Phòng Kỹ thuật', handedOver: null });
    expect((await member(ids.stayed)).handedOver).toBeNull();
  });
});
