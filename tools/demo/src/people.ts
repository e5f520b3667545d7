import { personIdentityOf } from '@party/contracts';
import { personName } from './names';
import { Random } from '@party/testing';

let citizenSeq = 1;
/** 12-digit citizen IDs of the demo: a province code, then a running number. */
export const nextCitizenId = (): string => `001${String(1_000_000_000 + citizenSeq++).slice(1)}`;

const HOMETOWNS = ['Hà Nội', 'Nam Định', 'Thái Bình', 'Hải Dương', 'Hưng Yên', 'Bắc Ninh', 'Hà Nam', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Phú Thọ', 'Vĩnh Phúc'];
const OCCUPATIONS = ['Kỹ sư', 'Kế toán viên', 'Công nhân', 'Chuyên viên', 'Giảng viên', 'Bác sĩ', 'Điều dưỡng', 'Nhân viên kinh doanh', 'Cán bộ quản lý'];

/** Identity and the statistics dimensions of one person, as membership's code lists name them. */
export interface DemoIdentity {
  fullName: string;
  dateOfBirth: string;
  gender: 'male' | 'female';
  citizenId: string;
  ethnicity: string;
  religion: string;
  hometown: string;
  generalEducation: string;
  professionalEducation: string | null;
  theoryLevel: string | null;
  occupation: string | null;
}

/** A person of the story: who they are and where they are active. `id` once membership knows them. */
export interface DemoPerson extends DemoIdentity {
  orgId: string;
  id?: string;
}

export function identity(r: Random, born: [string, string], occupation?: string): DemoIdentity {
  const gender = r.next() < 0.58 ? 'male' : 'female';
  return {
    fullName: personName(r, gender),
    dateOfBirth: r.date(...born),
    gender,
    citizenId: nextCitizenId(),
    ethnicity: r.weighted([['kinh', 94], ['tay', 1.5], ['muong', 1.5], ['thai', 1], ['nung', 1], ['hoa', 1]] as const),
    religion: r.weighted([['none', 93], ['buddhism', 4], ['catholicism', 3]] as const),
    hometown: r.pick(HOMETOWNS),
    generalEducation: '12/12',
    professionalEducation: r.weighted([['bachelor', 60], ['college', 15], ['intermediate', 10], ['master', 12], ['doctor', 3]] as const),
    theoryLevel: r.weighted([['elementary', 70], ['intermediate', 22], ['advanced', 5], ['none', 3]] as const),
    occupation: occupation ?? r.pick(OCCUPATIONS),
  };
}

/** The person fields of membership's commands (`POST /people`, `/members/existing`). */
export const personBody = (p: DemoPerson) => ({ ...personIdentityOf(p), orgId: p.orgId });

/** How training names a person it may not know yet. */
export const trainingPerson = (p: DemoPerson) => ({ citizenId: p.citizenId, fullName: p.fullName, dateOfBirth: p.dateOfBirth });
