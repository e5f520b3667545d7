/** Chương trình kiểm tra, giám sát and khảo sát hồ sơ: programs, their targets and phases, dossier surveys (filled in by issue 12). */
export const PROGRAM_ROUTES = {};
