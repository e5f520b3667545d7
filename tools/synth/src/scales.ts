/**
 * The three sizes a bench runs at. Figures from the issue: a bloc of the demo's size (≈ 9.200
 * members, ≈ 150 grassroots organizations), a province (≈ 400.000 members) and the nation (more than
 * 5,6 million members in ≈ 52.000 grassroots organizations, ≈ 108 members each on average).
 */
export interface Scale {
  name: ScaleName;
  /** Committees between the root and the grassroots: provinces, then districts / blocs under each. */
  levels: number[];
  grassroots: number;
  members: number;
}

export const SCALES = {
  bloc: { name: 'bloc', levels: [], grassroots: 151, members: 9_197 },
  province: { name: 'province', levels: [22], grassroots: 3_700, members: 400_000 },
  nation: { name: 'nation', levels: [63, 12], grassroots: 52_000, members: 5_640_000 },
} as const satisfies Record<string, Omit<Scale, 'name' | 'levels'> & { name: string; levels: readonly number[] }>;

export type ScaleName = keyof typeof SCALES;

export function scaleNamed(name: string): Scale {
  if (!(name in SCALES)) throw new Error(`Unknown scale ${name}; there are: ${Object.keys(SCALES).join(', ')}`);
  const s = SCALES[name as ScaleName];
  return { ...s, levels: [...s.levels] };
}
