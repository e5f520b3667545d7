import { z } from 'zod';

/**
 * Course types are data (the `course_type` table of the training service); these are the ones
 * every installation starts with. More are added with `training.courseType.add`, no code needed.
 */
export const COURSE_CATEGORIES = [
  /** bồi dưỡng nhận thức về Đảng — for candidates (quần chúng ưu tú), before admission */
  'partyAwareness',
  /** lý luận chính trị cho đảng viên mới — before conversion to official */
  'newMemberTheory',
  /** trung cấp lý luận chính trị */
  'intermediateTheory',
  /** cao cấp lý luận chính trị */
  'advancedTheory',
  /** lớp đối tượng 4 */
  'object4',
  /** bồi dưỡng nghiệp vụ (e.g. công tác Đảng for chi bộ secretaries) */
  'professional',
  'other',
] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

/** What a certificate of the course is a precondition of, in membership. */
export const COURSE_REQUIREMENTS = ['admission', 'conversion'] as const;
export type CourseRequirement = (typeof COURSE_REQUIREMENTS)[number];

export const COURSE_TYPE_CODE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const COURSE_TYPE_CODES = {
  partyAwareness: 'nhan-thuc-ve-dang',
  newMemberTheory: 'llct-dang-vien-moi',
  intermediateTheory: 'trung-cap-llct',
  advancedTheory: 'cao-cap-llct',
  object4: 'doi-tuong-4',
  partyWork: 'nghiep-vu-cong-tac-dang',
} as const;

export interface CourseTypeView {
  code: string;
  nameVi: string;
  nameEn: string;
  category: CourseCategory;
  /** Months a certificate stays valid; null = does not expire. */
  certificateValidityMonths: number | null;
  requiredFor: CourseRequirement | null;
}

export const SEEDED_COURSE_TYPES: readonly CourseTypeView[] = [
  {
    code: COURSE_TYPE_CODES.partyAwareness,
    nameVi: 'Bồi dưỡng nhận thức về Đảng',
    nameEn: 'Awareness of the Party (for candidates)',
    category: 'partyAwareness',
    certificateValidityMonths: 60,
    requiredFor: 'admission',
  },
  {
    code: COURSE_TYPE_CODES.newMemberTheory,
    nameVi: 'Lý luận chính trị cho đảng viên mới',
    nameEn: 'Political theory for new members',
    category: 'newMemberTheory',
    certificateValidityMonths: null,
    requiredFor: 'conversion',
  },
  {
    code: COURSE_TYPE_CODES.intermediateTheory,
    nameVi: 'Trung cấp lý luận chính trị',
    nameEn: 'Intermediate political theory',
    category: 'intermediateTheory',
    certificateValidityMonths: null,
    requiredFor: null,
  },
  {
    code: COURSE_TYPE_CODES.advancedTheory,
    nameVi: 'Cao cấp lý luận chính trị',
    nameEn: 'Advanced political theory',
    category: 'advancedTheory',
    certificateValidityMonths: null,
    requiredFor: null,
  },
  {
    code: COURSE_TYPE_CODES.object4,
    nameVi: 'Lớp đối tượng 4',
    nameEn: 'Object-4 class (defence and security knowledge)',
    category: 'object4',
    certificateValidityMonths: null,
    requiredFor: null,
  },
  {
    code: COURSE_TYPE_CODES.partyWork,
    nameVi: 'Bồi dưỡng nghiệp vụ công tác Đảng',
    nameEn: 'Party-work professional training',
    category: 'professional',
    certificateValidityMonths: null,
    requiredFor: null,
  },
];

export const courseCategorySchema = z.enum(COURSE_CATEGORIES);
export const courseRequirementSchema = z.enum(COURSE_REQUIREMENTS);
