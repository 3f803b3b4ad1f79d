import { orNull, readCsv, referenceData } from '@jobgraph/data';
import { industries, occupations, regions } from '../db/schema.js';
import type { CityTransaction } from './transaction.js';

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

/** Regions (sido before sigungu, so parents exist first), KECO and KSIC, from the official lists. */
export async function seedReference(tx: CityTransaction): Promise<void> {
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
  const toRow = (row: ClassificationCsv) => ({
    code: row.code,
    nameKo: row.name_ko,
    nameEn: row.name_en,
  });
  await tx
    .insert(occupations)
    .values((await readCsv<ClassificationCsv>(referenceData, 'keco-major.csv')).map(toRow));
  await tx
    .insert(industries)
    .values((await readCsv<ClassificationCsv>(referenceData, 'ksic-sections.csv')).map(toRow));
}
