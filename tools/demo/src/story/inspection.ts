import { ApiError, DemoApi, inParallel, retryWhile } from '../api';
import { onWeekday } from '../dates';
import { Random } from '@party/testing';
import { DemoOrg, DemoTree } from './organizations';

/**
 * The Inspection Committee's 2023 (reference report): inspection of the committees and
 * secretaries of 3 grassroots organizations on Kết luận 21-KL/TW, supervision of 3 on Kết luận
 * 18-KL/TW, each through its phases to a conclusion with findings and recommendations; dossier
 * surveys of 80 grassroots organizations followed by Công văn số 163-CV/BTCĐUK ngày 30/6/2023 —
 * 71 of the 151 left for 2024. Recorded as `ubkt`, through the public API.
 */
const SUBJECT_21 =
  'Việc lãnh đạo, chỉ đạo, thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII và Kế hoạch số 03-KH/TW ngày 01/12/2021 của Bộ Chính trị, gắn với thực hiện Nghị quyết số 02-NQ/ĐUK ngày 26/4/2021 của Ban Chấp hành Đảng bộ Khối';
const SUBJECT_18 =
  'Việc lãnh đạo, chỉ đạo thực hiện Kết luận số 18-KL/TW ngày 22/9/2017 của Ban Bí thư khóa XII và Hướng dẫn số 12-HD/BTCTW ngày 06/7/2018 của Ban Tổ chức Trung ương về tiếp tục đẩy mạnh thực hiện Chỉ thị số 10-CT/TW "về nâng cao chất lượng sinh hoạt chi bộ" trong tình hình mới; việc quản lý đảng viên, phát triển đảng viên mới ở cơ sở';

const TEAMS = [
  [{ fullName: 'Trần Văn Quang', role: 'lead' }, { fullName: 'Nguyễn Thị Thu Hà', role: 'member' }, { fullName: 'Phạm Đức Long', role: 'member' }],
  [{ fullName: 'Lê Minh Tuấn', role: 'lead' }, { fullName: 'Hoàng Thị Lan', role: 'member' }, { fullName: 'Đỗ Văn Hùng', role: 'member' }],
];

/** The inspection service copies the organization tree from membership's events: an organization recorded a moment ago may still be on its way. */
const orgInFlight = (err: ApiError) => err.status === 422 && (err.body?.fields ?? []).some((f: { field: string }) => f.field === 'orgId');

interface TargetPlan {
  org: DemoOrg;
  phases: [string, string, string, string];
  finding: string;
  conclusion: { number: string; date: string; text: string; recommendation: string; closedOn: string };
}

async function runProgram(api: DemoApi, kind: 'inspection' | 'supervision', title: string, documentNumber: string, issuedOn: string, subject: string, targets: TargetPlan[]): Promise<void> {
  const { id } = await api.post<{ id: string }>('/inspection/programs', { year: 2023, kind, mode: 'thematic', title, documentNumber, issuedOn });
  for (const [i, t] of targets.entries()) {
    const [plan, notice, selfReport, verification] = t.phases;
    const target = await retryWhile(orgInFlight, () =>
      api.post<{ id: string }>(`/inspection/programs/${id}/targets`, {
        orgId: t.org.id,
        targetsCommittee: true,
        targetsSecretary: true,
        subject,
        team: TEAMS[i % 2],
        dueDates: { plan, notice, selfReport, verification, conclusion: t.conclusion.date },
      }),
    );
    for (const [phase, doneOn] of [['plan', plan], ['notice', notice], ['selfReport', selfReport], ['verification', verification]]) {
      await api.post(`/inspection/targets/${target.id}/phases/${phase}`, { doneOn });
    }
    await api.post(`/inspection/targets/${target.id}/findings`, { recordedOn: verification, text: t.finding });
    const view = await api.post<{ recommendations: { id: string }[] }>(`/inspection/targets/${target.id}/conclude`, {
      conclusionNumber: t.conclusion.number,
      conclusionDate: t.conclusion.date,
      text: t.conclusion.text,
      recommendations: [{ text: t.conclusion.recommendation, dueOn: t.conclusion.closedOn }],
    });
    await api.post(`/inspection/recommendations/${view.recommendations[0].id}/follow-ups`, { followedUpOn: t.conclusion.closedOn, note: 'Cấp ủy đã báo cáo kết quả khắc phục', closes: true });
  }
}

export async function recordInspection2023(api: DemoApi, r: Random, tree: DemoTree, log: (m: string) => void): Promise<void> {
  // the grassroots organizations still in the bloc at 31/12/2023 that existed all year
  const gone = new Set([...tree.dissolved, ...tree.handedOver].map((o) => o.id));
  const committees = tree.committees.filter((c) => !gone.has(c.id));
  const stayed = [...committees, ...tree.cells.filter((c) => !gone.has(c.id))];

  const inspected = committees.slice(0, 3);
  await runProgram(
    api,
    'inspection',
    'Chương trình kiểm tra chuyên đề năm 2023 việc thực hiện Kết luận số 21-KL/TW',
    '02-CTr/UBKTĐUK',
    '2023-02-06',
    SUBJECT_21,
    inspected.map((org, i) => ({
      org,
      phases: [`2023-03-0${1 + i}`, `2023-03-1${3 + i}`, `2023-04-1${0 + i}`, `2023-05-1${5 + i}`],
      finding: 'Cấp ủy đã ban hành kế hoạch thực hiện Kết luận 21-KL/TW; việc tự kiểm tra, tự phê bình của một số chi bộ trực thuộc còn hình thức',
      conclusion: {
        number: `${45 + i}-TB/UBKTĐUK`,
        date: `2023-06-${12 + i}`,
        text: 'Cấp ủy và bí thư cấp ủy đã lãnh đạo, chỉ đạo thực hiện cơ bản tốt Kết luận 21-KL/TW; cần khắc phục hạn chế trong sinh hoạt tự phê bình và phê bình',
        recommendation: 'Chỉ đạo các chi bộ trực thuộc nâng cao chất lượng tự phê bình và phê bình trong sinh hoạt định kỳ',
        closedOn: `2023-09-2${i}`,
      },
    })),
  );
  const supervised = committees.slice(3, 6);
  await runProgram(
    api,
    'supervision',
    'Chương trình giám sát chuyên đề năm 2023 việc thực hiện Kết luận số 18-KL/TW',
    '03-CTr/UBKTĐUK',
    '2023-02-06',
    SUBJECT_18,
    supervised.map((org, i) => ({
      org,
      phases: [`2023-07-0${3 + i}`, `2023-07-1${0 + i}`, `2023-08-0${7 + i}`, `2023-09-1${1 + i}`],
      finding: 'Sinh hoạt chi bộ thường kỳ đúng quy định; nội dung sinh hoạt chuyên đề ở một số chi bộ chưa phong phú; việc quản lý đảng viên đi làm ăn xa chưa chặt chẽ',
      conclusion: {
        number: `${61 + i}-TB/UBKTĐUK`,
        date: `2023-10-0${2 + i}`,
        text: 'Cấp ủy đã lãnh đạo thực hiện Kết luận 18-KL/TW; chất lượng sinh hoạt chi bộ từng bước được nâng lên; công tác phát triển đảng viên đạt chỉ tiêu',
        recommendation: 'Đổi mới nội dung sinh hoạt chuyên đề; rà soát, quản lý đảng viên đi làm ăn xa',
        closedOn: `2023-12-1${i}`,
      },
    })),
  );
  log('2023: kiểm tra 3 tổ chức cơ sở đảng (Kết luận 21-KL/TW), giám sát 3 (Kết luận 18-KL/TW)');

  // dossier surveys: 80 grassroots organizations from March to June, then one instruction
  const pool = [...stayed];
  const chosen: DemoOrg[] = [];
  while (chosen.length < 80) chosen.push(pool.splice(r.int(0, pool.length - 1), 1)[0]);
  const surveyIds = await inParallel(chosen, 4, (org) =>
    retryWhile(orgInFlight, () =>
      api
        .post<{ id: string }>('/inspection/dossier-surveys', {
          orgId: org.id,
          surveyedOn: onWeekday(r.date('2023-03-01', '2023-06-23')),
          team: [r.pick(['Nguyễn Thị Thu Hà', 'Phạm Đức Long', 'Hoàng Thị Lan']), r.pick(['Đỗ Văn Hùng', 'Bùi Thị Hạnh'])],
          findings: r.pick([
            'Hồ sơ tổ chức đảng và đảng viên cơ bản đầy đủ; một số phiếu bổ sung hồ sơ đảng viên năm 2022 chưa được cập nhật',
            'Sổ đảng viên chưa ghi kịp thời các trường hợp chuyển sinh hoạt; lý lịch đảng viên một số trường hợp còn tẩy xóa',
            'Hồ sơ được lưu trữ đúng quy định; biên bản sinh hoạt chi bộ ghi chưa đầy đủ ý kiến thảo luận',
          ]),
        })
        .then((x) => x.id),
    ),
  );
  await api.post('/inspection/dossier-surveys/instruction', { surveyIds, instructionNumber: '163-CV/BTCĐUK', instructionDate: '2023-06-30' });
  const coverage = await api.get<{ surveyed: number; remaining: number; grassroots: number }>('/inspection/dossier-surveys/coverage?asOf=2023-12-31&pageSize=1');
  log(`2023: khảo sát hồ sơ ${coverage.surveyed} tổ chức; còn ${coverage.remaining}/${coverage.grassroots} chưa khảo sát`);
}
