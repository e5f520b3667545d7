import { useOrgNames as useSharedOrgNames } from '../../ui/use-org-names';

/** The names of the organizations in the user's scope (a badge row carries only its `orgId`); '' when unknown. */
export function useOrgNames(): (orgId: string) => string {
  const names = useSharedOrgNames();
  return (orgId) => names(orgId) ?? '';
}
