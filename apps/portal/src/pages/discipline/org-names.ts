export { useOrgNames } from '../../ui/use-org-names';
