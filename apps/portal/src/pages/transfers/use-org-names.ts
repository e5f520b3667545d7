export { useOrgNames, type OrgNames } from '../../ui/use-org-names';
