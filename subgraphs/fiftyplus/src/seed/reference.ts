import { orNull, readCsv, referenceData } from '@jobgraph/data';
import { occupations, regions } from '../db/schema.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';

type RegionCsv = {
  code: string;
  level: string;
  parent: string;
  name_ko: string;
  name_en: string;
  valid_from: string;
  valid_to: string;
};
type ClassificationCsv = { code: string; name_ko: string; name_en: string };

/** Regions (sido before sigungu, so parents exist first) and KECO, from the official lists. */
export async function seedReference(tx: FiftyPlusTransaction): Promise<void> {
  const regionRows = await readCsv<RegionCsv>(referenceData, 'regions.csv');
  const ordered = [...regionRows].sort((a, b) => a.code.length - b.code.length);
  await tx.insert(regions).values(
    ordered.map((row) => ({
      code: row.code,
      level: row.level === 'sido' ? ('SIDO' as const) : ('SIGUNGU' as const),
      parentCode: orNull(row.parent),
      nameKo: row.name_ko,
      nameEn: row.name_en,
      validFrom: orNull(row.valid_from),
      validTo: orNull(row.valid_to),
    })),
  );
  const keco = await readCsv<ClassificationCsv>(referenceData, 'keco-major.csv');
  await tx
    .insert(occupations)
    .values(keco.map((row) => ({ code: row.code, nameKo: row.name_ko, nameEn: row.name_en })));
}
