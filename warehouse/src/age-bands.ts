/**
 * The age bands reports use (docs/warehouse.md says why): narrow where the programmes are —
 * Attractive Jobs from 18, the 50Plus academy 40–64, the Ministry's network 50+ — and open
 * below 40 and from 65, the pension age.
 */
export const AGE_BANDS = [
  { code: 'U40', label: 'under 40', minAge: null, maxAge: 39 },
  { code: '40-49', label: '40–49', minAge: 40, maxAge: 49 },
  { code: '50-54', label: '50–54', minAge: 50, maxAge: 54 },
  { code: '55-59', label: '55–59', minAge: 55, maxAge: 59 },
  { code: '60-64', label: '60–64', minAge: 60, maxAge: 64 },
  { code: '65+', label: '65 and over', minAge: 65, maxAge: null },
] as const satisfies ReadonlyArray<{
  code: string;
  label: string;
  minAge: number | null;
  maxAge: number | null;
}>;

export type AgeBandCode = (typeof AGE_BANDS)[number]['code'];
