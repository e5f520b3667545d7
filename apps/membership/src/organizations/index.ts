// What other membership capabilities use: the scope question "is X in Y's subtree as of D".
export { OrganizationTree } from './organization.tree';
