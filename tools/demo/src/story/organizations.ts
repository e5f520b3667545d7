import { DemoApi, inParallel } from '../api';
import { departmentName, unitName } from '../names';
import { Random } from '@party/testing';

export interface DemoOrg {
  id: string;
  name: string;
  kind: 'grassroots_committee' | 'grassroots_cell' | 'dependent_cell';
  parentId: string;
  establishedOn: string;
}

export interface DemoTree {
  blocId: string;
  committees: DemoOrg[];
  cells: DemoOrg[];
  dependentCells: DemoOrg[];
  /** Where members are active at 31/12/2022: grassroots cells and dependent cells. */
  activeUnits: DemoOrg[];
  handedOver: DemoOrg[];
  dissolved: DemoOrg[];
}

const OPENING = { committees: 76, cells: 82 };

/**
 * The bloc at 31/12/2022: 158 grassroots organizations (76 đảng bộ cơ sở with their chi bộ trực
 * thuộc, 82 chi bộ cơ sở). Its 2023 (`seedOrganizationChanges2023`): two established (TCE Vina
 * Demin, Dược phẩm Toàn Anh), three dissolved and six handed over (2 đảng bộ + 7 chi bộ in all):
 * 75 + 76 = 151.
 */
export async function seedOrganizations(api: DemoApi, r: Random, log: (m: string) => void): Promise<DemoTree> {
  const taken = new Set<string>();
  const est = (body: Record<string, unknown>) => api.post<{ id: string }>('/orgs', body).then((x) => x.id);
  const blocId = await est({ kind: 'bloc_committee', name: 'Đảng bộ Khối Doanh nghiệp tỉnh', parentId: null, effectiveOn: '2008-03-01', decisionNumber: '125-QĐ/TU' });

  const grassroots = async (kind: DemoOrg['kind'], i: number): Promise<DemoOrg> => {
    const name = `${kind === 'grassroots_committee' ? 'Đảng bộ' : 'Chi bộ'} ${unitName(r, taken)}`;
    const establishedOn = r.date('2008-06-01', '2021-12-31');
    const id = await est({ kind, name, parentId: blocId, effectiveOn: establishedOn, decisionNumber: `${100 + i}-QĐ/ĐUK` });
    return { id, name, kind, parentId: blocId, establishedOn };
  };
  const committees = await inParallel(Array.from({ length: OPENING.committees }, (_, i) => i), 6, (i) => grassroots('grassroots_committee', i));
  const cells = await inParallel(Array.from({ length: OPENING.cells }, (_, i) => i), 6, (i) => grassroots('grassroots_cell', OPENING.committees + i));
  log(`${committees.length} đảng bộ cơ sở, ${cells.length} chi bộ cơ sở`);

  const dependentSpecs = committees.flatMap((c) => Array.from({ length: r.int(5, 12) }, (_, i) => ({ parent: c, i })));
  const dependentCells = await inParallel(dependentSpecs, 6, async ({ parent, i }) => {
    const name = `Chi bộ ${departmentName(r, i)} — ${parent.name.replace(/^Đảng bộ /, '')}`;
    // set up together with their đảng bộ: every unit of 31/12/2022 already existed a year earlier
    const id = await est({ kind: 'dependent_cell', name, parentId: parent.id, effectiveOn: parent.establishedOn, decisionNumber: `${i + 1}-QĐ/ĐU` });
    return { id, name, kind: 'dependent_cell' as const, parentId: parent.id, establishedOn: parent.establishedOn };
  });
  log(`${dependentCells.length} chi bộ trực thuộc`);
  // who leaves in 2023 is decided now: the members placed at 31/12/2022 depend on it
  const dissolved = cells.slice(0, 3);
  const handedOver = [...committees.slice(0, 2), ...cells.slice(3, 7)];
  const gone = new Set([...dissolved, ...handedOver].map((o) => o.id));
  const activeUnits = [...cells.filter((c) => !gone.has(c.id)), ...dependentCells.filter((d) => !gone.has(d.parentId))];
  return { blocId, committees, cells, dependentCells, activeUnits, handedOver, dissolved };
}

/** The organizations established in 2023 and where their members are active. */
export interface NewOrgs2023 {
  tceVinaDemin: string;
  /** The chi bộ trực thuộc of the new đảng bộ: its members arrive by transfer. */
  tceCells: DemoOrg[];
  toanAnh: DemoOrg;
}

/** 2023 — recorded now, dated when the decisions were made. */
export async function seedOrganizationChanges2023(api: DemoApi, tree: DemoTree, log: (m: string) => void): Promise<NewOrgs2023> {
  const { blocId, dissolved, handedOver } = tree;
  const est = (body: Record<string, unknown>) => api.post<{ id: string }>('/orgs', body).then((x) => x.id);
  const tceName = 'Đảng bộ Công ty cổ phần TCE Vina Demin';
  const tceVinaDemin = await est({ kind: 'grassroots_committee', name: tceName, parentId: blocId, effectiveOn: '2023-05-16', decisionNumber: '412-QĐ/ĐUK' });
  const tceCells: DemoOrg[] = [];
  for (const [i, dept] of ['Khối Văn phòng', 'Nhà máy Demin', 'Khối Kinh doanh'].entries()) {
    const name = `Chi bộ ${dept} — Công ty cổ phần TCE Vina Demin`;
    const id = await est({ kind: 'dependent_cell', name, parentId: tceVinaDemin, effectiveOn: '2023-05-16', decisionNumber: `${i + 1}-QĐ/ĐU` });
    tceCells.push({ id, name, kind: 'dependent_cell', parentId: tceVinaDemin, establishedOn: '2023-05-16' });
  }
  const toanAnhName = 'Chi bộ Công ty TNHH Dược phẩm Toàn Anh';
  const toanAnhId = await est({ kind: 'grassroots_cell', name: toanAnhName, parentId: blocId, effectiveOn: '2023-08-22', decisionNumber: '488-QĐ/ĐUK' });
  for (const [i, org] of dissolved.entries()) {
    await api.post(`/orgs/${org.id}/dissolve`, { effectiveOn: ['2023-03-28', '2023-07-11', '2023-11-20'][i], decisionNumber: `${390 + i}-QĐ/ĐUK` });
  }
  for (const [i, org] of handedOver.entries()) {
    await api.post(`/orgs/${org.id}/hand-over`, {
      toCommittee: 'Đảng bộ Khối Doanh nghiệp Trung ương',
      effectiveOn: ['2023-06-30', '2023-06-30', '2023-09-15', '2023-09-15', '2023-10-02', '2023-12-05'][i],
      decisionNumber: `${450 + i}-QĐ/ĐUK`,
    });
  }
  log('2023: 2 thành lập, 3 giải thể, 6 bàn giao');
  return { tceVinaDemin, tceCells, toanAnh: { id: toanAnhId, name: toanAnhName, kind: 'grassroots_cell', parentId: blocId, establishedOn: '2023-08-22' } };
}
