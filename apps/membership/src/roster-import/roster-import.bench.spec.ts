import { useStack } from '@party/gateway/testing';
import { MEMBERSHIP } from '../testing/membership-under-test';
import { member, xlsxOf, csvOf } from './roster-import.spec-helpers';

/**
 * The demo's size: a bloc's ~9,200 members in one file, preview then commit, through the real
 * gateway and service. A measurement, not a timed assertion (the machine is shared): run with
 * `ROSTER_BENCH=1 npx jest apps/membership/src/roster-import/roster-import.bench.spec.ts`.
 */
const bench = process.env.ROSTER_BENCH ? describe : describe.skip;
const ROWS = Number(process.env.ROSTER_BENCH_ROWS ?? 9200);

bench(`roster import of ${ROWS} rows`, () => {
  const stack = useStack({ label: 'rosterbench', service: MEMBERSHIP });
  const cells: string[] = [];

  beforeAll(async () => {
    const bloc = await stack.world.org({ kind: 'bloc_committee', name: 'Đảng bộ Khối' });
    for (let i = 0; i < 40; i++) cells.push(await stack.world.org({ kind: 'grassroots_cell', name: `Chi bộ ${i}`, parentId: bloc }));
  }, 120_000);

  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: preview then commit`, async () => {
      const offset = format === 'xlsx' ? 0 : ROWS;
      const rows = Array.from({ length: ROWS }, (_, i) =>
        member(cells[i % cells.length], {
          'Họ và tên': `Đảng Viên ${offset + i}`,
          'Ngày sinh': new Date(Date.UTC(1960 + (i % 40), i % 12, 1 + (i % 28))),
          'Ngày quyết định kết nạp': new Date(Date.UTC(1990 + (i % 30), i % 12, 1 + (i % 28))),
          'Ngày lễ kết nạp': null,
          'Ngày chính thức': i % 20 === 0 ? null : new Date(Date.UTC(1991 + (i % 30), i % 12, 1 + (i % 28))),
          'Số thẻ đảng': i % 20 === 0 ? null : String(50_000_000 + offset + i),
          'Ngày cấp thẻ': i % 20 === 0 ? null : '01/06/2022',
        }),
      );
      const file = format === 'xlsx' ? await xlsxOf(rows) : csvOf(rows, { sep: ';', bom: true });
      const cpu0 = process.cpuUsage();
      const t0 = Date.now();
      const pre = (await stack.upload('/members/import/preview', file, `roster.${format}`).expect(200)).body;
      const t1 = Date.now();
      expect(pre).toMatchObject({ rows: ROWS, valid: ROWS, errorCount: 0 });
      const res = await stack.post(`/members/import/${pre.uploadId}/commit`).expect(200);
      const t2 = Date.now();
      const cpu = process.cpuUsage(cpu0);
      expect(res.body.imported).toBe(ROWS);
      console.log(`roster ${format}: ${ROWS} rows, ${(file.length / 1024).toFixed(0)} KiB — preview ${t1 - t0} ms, commit ${t2 - t1} ms, total ${t2 - t0} ms; gateway + membership CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms (load average ${require('node:os').loadavg()[0].toFixed(1)})`);
    }, 600_000);
  }
});
