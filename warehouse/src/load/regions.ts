import { readCsv, referenceData } from '@jobgraph/data';

/** A row of the reference data's regions.csv. */
export interface RegionCsvRow extends Record<string, string> {
  code: string;
  level: string;
  parent: string;
  name_ko: string;
  name_en: string;
  valid_from: string;
  valid_to: string;
}

/** A dim_region row as the loader writes it (columns by their SQL names). */
export interface RegionRow extends Record<string, unknown> {
  code: string;
  level: 'sido' | 'sigungu';
  parent_code: string | null;
  label_ko: string;
  label_en: string;
  valid_from: string | null;
  valid_to: string | null;
  place_key: string;
  place_code: string;
  place_label_ko: string;
  place_label_en: string;
  sido_place_key: string;
}

export async function readRegionsCsv(): Promise<RegionCsvRow[]> {
  return readCsv<RegionCsvRow>(referenceData, 'regions.csv');
}

/** The day before an ISO date. */
function dayBefore(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`not a date: ${day}`);
  return new Date(time - 86_400_000).toISOString().slice(0, 10);
}

/**
 * The region dimension from the code list, with each renumbered region's codes linked into one
 * place. A code whose validity starts on day D succeeds the code of the same level, within the
 * same parent place, whose validity ends on D − 1: the one with the same English name if there is
 * exactly one (Iksan 45140 → 52140), else the only such code if it has no other candidate
 * successor (Gangwon-do 42 → Gangwon State 51). Nothing is hard-coded: a new renumbering in the
 * CSV is linked the same way, and an ambiguous one stays unlinked (two places) rather than guessed.
 */
export function buildRegionRows(csv: readonly RegionCsvRow[]): RegionRow[] {
  const levelOf = (row: RegionCsvRow): 'sido' | 'sigungu' => {
    if (row.level !== 'sido' && row.level !== 'sigungu') {
      throw new RangeError(`regions.csv: unknown level ${row.level} for ${row.code}`);
    }
    return row.level;
  };
  const predecessor = new Map<RegionCsvRow, RegionCsvRow>();
  const successor = new Map<RegionCsvRow, RegionCsvRow>();
  const placeOfCode = new Map<string, string>();

  const rootOf = (row: RegionCsvRow): RegionCsvRow => {
    let current = row;
    for (let previous = predecessor.get(current); previous; previous = predecessor.get(current)) {
      current = previous;
    }
    return current;
  };
  const latestOf = (row: RegionCsvRow): RegionCsvRow => {
    let current = row;
    for (let next = successor.get(current); next; next = successor.get(current)) current = next;
    return current;
  };
  const parentPlace = (row: RegionCsvRow) => (row.parent ? placeOfCode.get(row.parent) : '');

  // Parents first: a sigungu's links compare its parents' places.
  for (const level of ['sido', 'sigungu'] as const) {
    const rows = csv.filter((row) => levelOf(row) === level);
    const candidatesFor = (row: RegionCsvRow) =>
      row.valid_from
        ? rows.filter(
            (other) =>
              other !== row &&
              other.valid_to === dayBefore(row.valid_from) &&
              parentPlace(other) === parentPlace(row),
          )
        : [];
    const successorCandidates = (row: RegionCsvRow) =>
      rows.filter((other) => candidatesFor(other).includes(row));
    for (const row of rows) {
      const candidates = candidatesFor(row);
      const sameName = candidates.filter((other) => other.name_en === row.name_en);
      const [named] = sameName;
      const [only] = candidates;
      const chosen =
        sameName.length === 1
          ? named
          : candidates.length === 1 && only && successorCandidates(only).length === 1
            ? only
            : undefined;
      if (chosen && !successor.has(chosen)) {
        predecessor.set(row, chosen);
        successor.set(chosen, row);
      }
    }
    for (const row of rows) placeOfCode.set(row.code, rootOf(row).code);
  }

  return csv.map((row) => {
    const level = levelOf(row);
    const place = rootOf(row);
    const latest = latestOf(row);
    const sidoPlace = level === 'sido' ? place.code : placeOfCode.get(row.parent);
    if (!sidoPlace) throw new RangeError(`regions.csv: ${row.code} has no known parent`);
    return {
      code: row.code,
      level,
      parent_code: row.parent || null,
      label_ko: row.name_ko,
      label_en: row.name_en,
      valid_from: row.valid_from || null,
      valid_to: row.valid_to || null,
      place_key: place.code,
      place_code: latest.code,
      place_label_ko: latest.name_ko,
      place_label_en: latest.name_en,
      sido_place_key: sidoPlace,
    };
  });
}
