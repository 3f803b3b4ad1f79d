import { addDays } from './dates.js';

/** What the place logic needs of a region row. */
export interface RegionCode {
  readonly code: string;
  readonly level: 'SIDO' | 'SIGUNGU';
  readonly parentCode: string | null;
  readonly nameKo: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/**
 * Which codes name the same place over time. A retired code is renumbered to the code of the
 * same level that starts the next day: for a sigungu, the one of the same name (Iksan 45140 →
 * 52140); for a sido, the only one (Jeonbuk 45 → 52, Gangwon 42 → 51). A code retired with no
 * such successor (Incheon's Jung-gu in 2026, whose new codes are not published yet) stays alone.
 */
export function renumberings(regions: readonly RegionCode[]): Map<string, readonly string[]> {
  const parent = new Map<string, string>();
  const find = (code: string): string => {
    const up = parent.get(code);
    if (up === undefined || up === code) return code;
    const root = find(up);
    parent.set(code, root);
    return root;
  };
  for (const region of regions) {
    if (region.validTo === null) continue;
    const nextDay = addDays(region.validTo, 1);
    const successors = regions.filter(
      (candidate) =>
        candidate.level === region.level &&
        candidate.validFrom === nextDay &&
        (region.level === 'SIDO' || candidate.nameKo === region.nameKo),
    );
    const [successor] = successors;
    if (successors.length === 1 && successor) parent.set(find(region.code), find(successor.code));
  }
  const classes = new Map<string, string[]>();
  for (const region of regions) {
    const root = find(region.code);
    const members = classes.get(root) ?? [];
    members.push(region.code);
    classes.set(root, members);
  }
  const sameAs = new Map<string, readonly string[]>();
  for (const members of classes.values()) {
    const sorted = [...members].sort();
    for (const code of sorted) sameAs.set(code, sorted);
  }
  return sameAs;
}

/**
 * Every code that lies in a region, whenever it was valid: the region under each of its codes
 * and, for a sido, the sido's sigungu under each of theirs. An unknown code is just itself.
 */
export function placesWithin(
  code: string,
  sameAs: ReadonlyMap<string, readonly string[]>,
  childrenOf: ReadonlyMap<string, readonly RegionCode[]>,
): readonly string[] {
  const places = new Set<string>(sameAs.get(code) ?? [code]);
  for (const own of [...places]) {
    for (const child of childrenOf.get(own) ?? []) {
      for (const alias of sameAs.get(child.code) ?? [child.code]) places.add(alias);
    }
  }
  return [...places].sort();
}
