import { DemoApi, inParallel } from '../api';
import { addDays, addMonths, onWeekday } from '../dates';
import { identity, personBody } from '../people';
import { Random } from '@party/testing';
import { DemoOrg } from './organizations';
import { FreeMembers } from './plan';
import { OpeningMember, OpeningRoster } from './roster';
import { letter } from './year-2023';

const RECEIVING = ['Đảng bộ Khối các cơ quan tỉnh', 'Đảng bộ Khối Doanh nghiệp Trung ương', 'Thành ủy Hà Nội', 'Đảng bộ quận Cầu Giấy', 'Đảng bộ Tổng công ty Điện lực miền Bắc', 'Đảng bộ tỉnh Bắc Ninh'];

/** 2023's counts of the reference report. */
const OUT = 761;
const IN = 178;
const INTERNAL = 44;

interface Destinations {
  staying: DemoOrg[];
  tceCells: DemoOrg[];
  toanAnh: DemoOrg;
}

/** Where an arrival goes: the new organizations fill up after they are established. */
function destination(r: Random, i: number, d: Destinations): { org: DemoOrg; from: string } {
  if (i % 6 === 0 && d.tceCells.length) return { org: d.tceCells[i % d.tceCells.length], from: '2023-06-01' };
  if (i % 23 === 1) return { org: d.toanAnh, from: '2023-09-01' };
  return { org: r.pick(d.staying), from: '2023-01-09' };
}

/**
 * Transfers of 2023: 761 out of the bloc, 178 into it (people the bloc did not know, with their
 * party history), 44 between its organizations (in transit between departure and arrival). The
 * two organizations established in 2023 get their members this way.
 */
export async function recordTransfers(api: DemoApi, r: Random, roster: OpeningRoster, free: FreeMembers, d: Destinations): Promise<void> {
  const out = free.take(r, OUT);
  await inParallel(out, 6, (m) => {
    const issuedOn = onWeekday(r.date('2023-01-09', '2023-12-27'));
    return api.post('/transfers/out', { personId: m.id, toCommittee: r.pick(RECEIVING), letterNumber: letter(r, issuedOn), issuedOn });
  });
  const arrivals = Array.from({ length: IN }, (_, i) => i);
  await inParallel(arrivals, 6, (i) => {
    const { org, from } = destination(r, i, d);
    const issuedOn = onWeekday(r.date(from, '2023-12-08'));
    const arrivedOn = onWeekday(addDays(issuedOn, r.int(3, 15)));
    const admitted = onWeekday(r.date('1995-01-02', '2020-12-20'));
    const ceremony = onWeekday(addDays(admitted, r.int(7, 25)));
    const born = Number(admitted.slice(0, 4)) - r.int(20, 32);
    const person: Record<string, unknown> = personBody({ ...identity(r, [`${born}-01-01`, `${born}-12-31`]), orgId: org.id });
    delete person.orgId; // the letter says where: toOrgId
    return api.post('/transfers/in', {
      person: { ...person, admissionDecisionDate: admitted, ceremonyDate: ceremony, officialDate: addMonths(ceremony, 12) },
      fromCommittee: r.pick(RECEIVING),
      toOrgId: org.id,
      letterNumber: letter(r, issuedOn),
      issuedOn,
      arrivedOn,
      // one in ten has not handed the dossier over yet: the quarterly list shows them
      dossierReceivedOn: r.next() < 0.9 ? arrivedOn : null,
      activityStartedOn: arrivedOn,
    });
  });
  const movers = free.take(r, INTERNAL);
  await inParallel(movers, 4, async (m: OpeningMember, i) => {
    const dest = destination(r, i + 1, d);
    const org = dest.org.id === m.orgId ? (roster.stayingUnits.find((u) => u.id !== m.orgId) as DemoOrg) : dest.org;
    const departedOn = onWeekday(r.date(dest.from, '2023-11-30'));
    const t = await api.post<{ id: string }>('/transfers/internal', { personId: m.id, toOrgId: org.id, letterNumber: letter(r, departedOn), departedOn });
    const arrivedOn = onWeekday(addDays(departedOn, r.int(3, 20)));
    await api.post(`/transfers/${t.id}/arrive`, { arrivedOn, activityStartedOn: arrivedOn });
  });
}

/** 7 deaths (the oldest), 3 struck off, 1 allowed to leave. */
export async function recordLeaving(api: DemoApi, r: Random, free: FreeMembers): Promise<void> {
  const oldest = free.take(r, 7, (m) => m.dateOfBirth < '1972-01-01');
  for (const m of oldest) {
    const dateOfDeath = r.date('2023-01-15', '2023-12-10');
    await api.post(`/members/${m.id}/death`, { dateOfDeath, noticeSentOn: onWeekday(addDays(dateOfDeath, r.int(5, 25))) });
  }
  const reasons = ['absent-3-months', 'absent-3-months', 'no-progress-12-months'];
  for (const [i, m] of free.take(r, 3).entries()) {
    const decisionDate = onWeekday(r.date('2023-03-01', '2023-11-30'));
    await api.post(`/members/${m.id}/strike-off`, { decisionDate, decisionNumber: `${r.int(10, 99)}-QĐ/ĐU`, reason: reasons[i], note: null });
  }
  const [leaver] = free.take(r, 1);
  await api.post(`/members/${leaver.id}/leave`, { decisionDate: '2023-08-14', decisionNumber: '58-QĐ/ĐU', hasViolations: false, reason: 'Xin ra khỏi Đảng vì lý do gia đình' });
}
