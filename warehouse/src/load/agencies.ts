import type { TransactionSql as Sql } from 'postgres';
import { columnExists } from './source-tables.js';

/** The four agencies; their units come from their own tables. */
export const AGENCIES = [
  { code: 'city', ko: '서울특별시', en: 'Seoul Metropolitan Government' },
  { code: 'districts', ko: '자치구 일자리센터', en: 'Autonomous district job centers' },
  { code: 'fiftyplus', ko: '서울시50플러스재단', en: 'Seoul 50Plus Foundation' },
  { code: 'ministry', ko: '고용노동부', en: 'Ministry of Employment and Labor' },
] as const;

export type AgencyCode = (typeof AGENCIES)[number]['code'];

export interface AgencyRow extends Record<string, unknown> {
  unit_id: string;
  unit_kind: 'AGENCY' | 'CENTER' | 'CAMPUS';
  agency_code: AgencyCode;
  agency_label_ko: string;
  agency_label_en: string;
  unit_label_ko: string;
  unit_label_en: string;
  region_code: string | null;
}

/**
 * Units by the table they are listed in. The Ministry's centers include the regional ones
 * (Gwanak, Incheon, Gumi), whose subgraphs are the Ministry's.
 */
const UNIT_TABLES: ReadonlyArray<{
  agency: AgencyCode;
  table: string;
  kind: AgencyRow['unit_kind'];
}> = [
  { agency: 'districts', table: 'districts.centers', kind: 'CENTER' },
  { agency: 'ministry', table: 'ministry.centers', kind: 'CENTER' },
  { agency: 'fiftyplus', table: 'fiftyplus.campuses', kind: 'CAMPUS' },
];

export async function agencyRows(sql: Sql): Promise<AgencyRow[]> {
  const rows: AgencyRow[] = AGENCIES.map((agency) => ({
    unit_id: agency.code,
    unit_kind: 'AGENCY',
    agency_code: agency.code,
    agency_label_ko: agency.ko,
    agency_label_en: agency.en,
    unit_label_ko: agency.ko,
    unit_label_en: agency.en,
    region_code: null,
  }));
  for (const source of UNIT_TABLES) {
    if (!(await columnExists(sql, source.table, 'region_code'))) continue;
    const agency = AGENCIES.find((candidate) => candidate.code === source.agency);
    if (!agency) continue;
    const units = await sql<
      { id: string; name_ko: string; name_en: string; region_code: string }[]
    >`
      select id, name_ko, name_en, region_code from ${sql.unsafe(source.table)} order by id`;
    for (const unit of units) {
      rows.push({
        unit_id: unit.id,
        unit_kind: source.kind,
        agency_code: source.agency,
        agency_label_ko: agency.ko,
        agency_label_en: agency.en,
        unit_label_ko: unit.name_ko,
        unit_label_en: unit.name_en,
        region_code: unit.region_code,
      });
    }
  }
  return rows;
}
