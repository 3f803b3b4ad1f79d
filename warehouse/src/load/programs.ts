import type { TransactionSql as Sql } from 'postgres';
import { columnExists } from './source-tables.js';

export interface ProgramRow extends Record<string, unknown> {
  variant_id: string;
  agency_code: string;
  program_id: string;
  program_label_ko: string;
  program_label_en: string;
  program_kind: string;
  year: number | null;
  sector: string | null;
  type_code: string | null;
  type_label_ko: string | null;
  type_label_en: string | null;
  training_field_code: string | null;
  training_field_label_ko: string | null;
  training_field_label_en: string | null;
}

/** The natural key of a programme variant; `-` stands for "not distinguished". */
export function programVariantId(
  agency: string,
  programId: string,
  sector: string | null = null,
  typeCode: string | null = null,
  trainingFieldCode: string | null = null,
): string {
  return `${agency}:${programId}/${sector ?? '-'}/${typeCode ?? '-'}/${trainingFieldCode ?? '-'}`;
}

interface Program {
  agency: string;
  id: string;
  name_ko: string;
  name_en: string;
  kind: string;
  year: number | null;
}

const variant = (
  program: Program,
  parts: Partial<Omit<ProgramRow, 'variant_id' | 'agency_code' | 'program_id'>> = {},
): ProgramRow => {
  const row: ProgramRow = {
    variant_id: '',
    agency_code: program.agency,
    program_id: program.id,
    program_label_ko: program.name_ko,
    program_label_en: program.name_en,
    program_kind: program.kind,
    year: program.year,
    sector: null,
    type_code: null,
    type_label_ko: null,
    type_label_en: null,
    training_field_code: null,
    training_field_label_ko: null,
    training_field_label_en: null,
    ...parts,
  };
  row.variant_id = programVariantId(
    program.agency,
    program.id,
    row.sector,
    row.type_code,
    row.training_field_code,
  );
  return row;
};

/** Programme variants from each agency's tables that exist, in a stable order. */
export async function programRows(sql: Sql): Promise<ProgramRow[]> {
  const rows: ProgramRow[] = [];
  if (await columnExists(sql, 'city.programs', 'id')) rows.push(...(await cityPrograms(sql)));
  if (await columnExists(sql, 'districts.programs', 'id')) {
    const programs = await sql<Program[]>`
      select 'districts' as agency, id, name_ko, name_en, 'HIRING_INCENTIVE' as kind, null::int as year
      from districts.programs order by id`;
    rows.push(...programs.map((program) => variant(program)));
  }
  if (await columnExists(sql, 'districts.center_services', 'code')) {
    // The district centers' services (Job Plus, Senior Job, …): what their placements name.
    const services = await sql<Program[]>`
      select distinct on (code) 'districts' as agency, code as id, name_ko, name_en,
        'CENTER_SERVICE' as kind, null::int as year
      from districts.center_services order by code, center_id`;
    rows.push(...services.map((service) => variant(service)));
  }
  if (await columnExists(sql, 'fiftyplus.programs', 'id')) {
    const programs = await sql<Program[]>`
      select 'fiftyplus' as agency, id, name_ko, name_en, kind, year::int as year
      from fiftyplus.programs order by id`;
    for (const program of programs) rows.push(variant(program));
    if (await columnExists(sql, 'fiftyplus.courses', 'track')) {
      // The academy's course tracks are the programme's types.
      const tracks = await sql<{ program_id: string; track: string }[]>`
        select distinct program_id, track from fiftyplus.courses order by program_id, track`;
      for (const { program_id, track } of tracks) {
        const program = programs.find((candidate) => candidate.id === program_id);
        if (program) {
          rows.push(
            variant(program, { type_code: track, type_label_ko: track, type_label_en: track }),
          );
        }
      }
    }
  }
  if (await columnExists(sql, 'ministry.programs', 'id')) {
    const programs = await sql<Program[]>`
      select 'ministry' as agency, id, name_ko, name_en, kind, null::int as year
      from ministry.programs order by id`;
    rows.push(...programs.map((program) => variant(program)));
  }
  return rows;
}

/**
 * Seoul Attractive Jobs: an application names a sector, and may name a programme type (of that
 * sector) and a training field; every combination an application can name is a variant.
 */
async function cityPrograms(sql: Sql): Promise<ProgramRow[]> {
  const programs = await sql<Program[]>`
    select 'city' as agency, id, name_ko, name_en, 'ATTRACTIVE_JOBS' as kind, year::int as year
    from city.programs order by id`;
  const sectors = await sql<{ program_id: string; kind: string }[]>`
    select program_id, kind from city.program_sectors order by program_id, kind`;
  const types = await sql<
    { program_id: string; id: string; sector: string; name_ko: string; name_en: string }[]
  >`select program_id, id, sector, name_ko, name_en from city.program_types order by program_id, id`;
  const fields = await sql<
    { program_id: string; code: string; name_ko: string; name_en: string }[]
  >`
    select program_id, code, name_ko, name_en from city.program_training_fields
    order by program_id, position, code`;
  const rows: ProgramRow[] = [];
  for (const program of programs) {
    rows.push(variant(program));
    const ownFields = fields.filter((field) => field.program_id === program.id);
    const fieldParts = [
      {},
      ...ownFields.map((field) => ({
        training_field_code: field.code,
        training_field_label_ko: field.name_ko,
        training_field_label_en: field.name_en,
      })),
    ];
    for (const sector of sectors.filter((row) => row.program_id === program.id)) {
      const ownTypes = types.filter(
        (type) => type.program_id === program.id && type.sector === sector.kind,
      );
      const typeParts = [
        {},
        ...ownTypes.map((type) => ({
          type_code: type.id,
          type_label_ko: type.name_ko,
          type_label_en: type.name_en,
        })),
      ];
      for (const typePart of typeParts) {
        for (const fieldPart of fieldParts) {
          rows.push(variant(program, { sector: sector.kind, ...typePart, ...fieldPart }));
        }
      }
    }
  }
  return rows;
}
