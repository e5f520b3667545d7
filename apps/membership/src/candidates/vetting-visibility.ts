import type { Principal } from '@party/contracts';

/**
 * Whether the caller may see a candidate's vetting (thẩm tra lý lịch): its status and conclusion
 * date, in the candidate views and lists and in the person's timeline. The issue on security asks
 * it be kept to `vetting:read` (the Board, the Standing Committee), though the chi bộ does the
 * background check in practice (DOMAIN.md, admission).
 */
export const seesVetting = (principal: Principal | null | undefined): boolean => !!principal?.permissions.includes('vetting:read');
