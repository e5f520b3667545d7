/**
 * Request-reply patterns (gateway → service). Each service answers `<service>.health`;
 * business patterns are added by the issues that bring them, here, in one place.
 */
export const BACKEND_SERVICES = ['membership', 'cadre', 'training', 'inspection', 'reporting'] as const;
export type BackendService = (typeof BACKEND_SERVICES)[number];

export const healthPattern = (service: BackendService): string => `${service}.health`;

export interface ServiceHealth {
  service: string;
  status: 'up' | 'down';
  /** `seeding` while demo data is still being loaded or projected. */
  phase?: 'ready' | 'seeding';
  checks: Record<string, 'up' | 'down'>;
}
