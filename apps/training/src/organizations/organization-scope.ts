import { DomainError, Principal } from '@party/contracts';
import { OrgScope, outOfScope } from '@party/org-replica';

/**
 * Training's rules of scope over the organization replica (`@party/org-replica`): a secretary
 * records the people of their own subtree, each on its own date; class-wide work is the Board's.
 */
export { OrgScope, outOfScope };

/** A scoped writer names an organization of its subtree for every person it records. */
export function scopedOrgRequired(orgId: string | null, who: { vi: string; en: string }): DomainError {
  return new DomainError({
    code: 'forbidden',
    message: orgId
      ? { vi: `${who.vi} thuộc tổ chức nằm ngoài phạm vi bạn phụ trách`, en: `${who.en} belongs to an organization outside your scope` }
      : { vi: `Cần mã tổ chức (orgId) thuộc phạm vi bạn phụ trách`, en: 'An orgId within your scope is required' },
    fields: [{ field: 'orgId', vi: 'Ngoài phạm vi tổ chức bạn phụ trách', en: 'Outside the organization you are scoped to' }],
  });
}

/** Class-wide writes (open, update, results, certificates, course types, sendings, sessions) are the Board's. */
export function assertWholeBloc(principal: Principal): void {
  if (principal.orgScopeId !== null) {
    throw DomainError.forbidden({
      vi: 'Chỉ Ban Tổ chức (phạm vi toàn Đảng bộ Khối) được thực hiện thao tác này; bí thư chỉ ghi danh, đăng ký người trong tổ chức mình',
      en: 'Only a whole-bloc user may do this; a secretary enrolls and registers the people of their own organization',
    });
  }
}
