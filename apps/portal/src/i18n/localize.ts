import { ROLE_DEFINITIONS, type LocalizedText, type OrgKind, type Role } from '@party/contracts';
import { useTranslation } from 'react-i18next';

/** Picks the reader's language from a server text `{vi, en}`; re-renders on a language switch. */
export function useLocalize(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  return (text) => text[lang] || text.vi;
}

/** A role's label in the reader's language; an unknown role (newer gateway) shows its code. */
export function useRoleLabel(): (role: string) => string {
  const localize = useLocalize();
  return (role) => (isRole(role) ? localize(ROLE_DEFINITIONS[role].label) : role);
}

export function isRole(role: string): role is Role {
  return Object.prototype.hasOwnProperty.call(ROLE_DEFINITIONS, role);
}

/**
 * An organization kind's label (`Chi bộ cơ sở`); an unknown kind shows its code. The labels are
 * contracts' `ORG_KIND_DEFINITIONS` ones, kept in vi/en (typed by `OrgKind`): that module builds
 * a zod schema at load time, and importing a value from it would put zod in the bundle.
 */
export function useOrgKindLabel(): (kind: string) => string {
  const { t } = useTranslation();
  const labels: Record<OrgKind, string> = t('orgKinds', { returnObjects: true });
  return (kind) => (Object.prototype.hasOwnProperty.call(labels, kind) ? labels[kind as OrgKind] : kind);
}
