import type { Sql } from '@jobgraph/db';
import type { TransactionSql } from 'postgres';
import {
  CASE_FILE_FIRST,
  type ChunkOffsets,
  chunkStatements,
  INSURANCE_FIRST,
  INSURANCE_LAST,
  MAX_SEED,
} from './chunk-sql.js';
import { GenerateRefusedError } from './errors.js';
import { type Reference, readReference } from './reference.js';

/** The agencies' tables the generator writes, in the order it writes them. */
export const GENERATED_TABLES = [
  'ministry.insurance_records',
  'ministry.case_files',
  'districts.placements',
  'fiftyplus.talent_profiles',
  'fiftyplus.enrollments',
  'city.members',
  'city.program_applications',
] as const;
export type GeneratedTable = (typeof GENERATED_TABLES)[number];

export interface GenerateOptions {
  /** How many people to make up (member ids `MG000000001` …). */
  readonly people: number;
  /** The same people and seed write the same rows; default 1. */
  readonly seed?: number;
  /**
   * Called after each chunk, once per table with the rows written to it so far, then with
   * `table: 'people'` and the people done so far.
   */
  readonly onProgress?: (done: { table: string; rows: number }) => void;
  /**
   * People per chunk (one transaction each); by default at most 200 000, evened out so that every
   * round of `parallel` chunks is full. Does not change what is written.
   */
  readonly chunkPeople?: number;
  /**
   * Chunks written at once, each in a transaction on a connection of its own (default 2: the
   * pool needs that many connections, else they take turns). Does not change what is written.
   */
  readonly parallel?: number;
}

export interface GenerateReport {
  readonly people: number;
  readonly seed: number;
  /** Rows written per table. */
  readonly rows: Readonly<Record<GeneratedTable, number>>;
  /** Case files + enrolments + applications + district placements. */
  readonly participations: number;
  readonly chunks: number;
  /**
   * How foreign keys were enforced: by the database's triggers row by row, or (when the role may
   * set session_replication_role) with the triggers off and every key checked in bulk before
   * each chunk commits. Either way a chunk with a dangling reference fails whole.
   */
  readonly foreignKeys: 'row triggers' | 'bulk checks';
  /** Wall-clock seconds, statistics refresh included. */
  readonly seconds: number;
}

/** The most people a chunk has by default. */
export const DEFAULT_CHUNK_PEOPLE = 200_000;
export const DEFAULT_PARALLEL = 2;
/**
 * The most people one run takes. A person has about 1.16 participations and 0.83 insurance
 * records (0.25 a job before the first participation, 0.58 jobs after them), and the generated
 * ids `IR1000000`–`IR9999999` hold 9 million: 10 million people make about 11.6 million
 * participations and 8.3 million records.
 */
export const MAX_PEOPLE = 10_000_000;
export const DEFAULT_SEED = 1;

/**
 * Writes synthetic people's records into the agencies' schemas — the sources the warehouse loads
 * from — in a database where those schemas are migrated and seeded with their reference data.
 * Deterministic: the same `people` and `seed` write the same rows, whatever the chunk size and
 * parallelism. Refuses (GenerateRefusedError) when generated people are already there.
 *
 * People are written in chunks, one transaction each. A chunk first works its people out in
 * temporary tables, which needs nothing of the other chunks, then numbers its records after those
 * of the chunks before it (their counts are known once they have worked theirs out) and inserts
 * them; so two chunks run side by side, one on each connection.
 */
export async function generateSources(sql: Sql, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const people = options.people;
  const seed = options.seed ?? DEFAULT_SEED;
  const parallel = options.parallel ?? DEFAULT_PARALLEL;
  if (!Number.isSafeInteger(people) || people < 1) {
    throw new RangeError(`people must be a positive integer, not ${people}`);
  }
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, not ${seed}`);
  }
  if (!Number.isSafeInteger(parallel) || parallel < 1) {
    throw new RangeError(`parallel must be a positive integer, not ${parallel}`);
  }
  // Full rounds: every connection busy until the end.
  const rounds = Math.ceil(people / (parallel * DEFAULT_CHUNK_PEOPLE));
  const chunkPeople = options.chunkPeople ?? Math.ceil(people / (parallel * rounds));
  if (!Number.isSafeInteger(chunkPeople) || chunkPeople < 1) {
    throw new RangeError(`chunkPeople must be a positive integer, not ${chunkPeople}`);
  }
  if (people > MAX_PEOPLE) {
    throw new GenerateRefusedError(
      'TOO_MANY_PEOPLE',
      `cannot generate ${people} people: at most ${MAX_PEOPLE} fit the insurance record ids IR${INSURANCE_FIRST}–IR${INSURANCE_LAST}`,
    );
  }

  const reference = await readReference(sql);
  await refuseIfGenerated(sql);

  const statements = chunkStatements(seed, reference);
  const keys = await foreignKeys(sql);
  const rows = Object.fromEntries(GENERATED_TABLES.map((table) => [table, 0])) as Record<
    GeneratedTable,
    number
  >;
  const ranges: Array<[first: number, last: number]> = [];
  for (let first = 1; first <= people; first += chunkPeople) {
    ranges.push([first, Math.min(people, first + chunkPeople - 1)]);
  }
  // Each chunk's record counts, settled once it has worked its people out.
  const counted = ranges.map(() => deferred<ChunkOffsets>());
  for (const { promise } of counted) promise.catch(() => undefined);
  const offsetsOf = async (chunk: number): Promise<ChunkOffsets> => {
    const before = await Promise.all(counted.slice(0, chunk).map(({ promise }) => promise));
    return before.reduce(
      (sum, count) => ({
        insurance: sum.insurance + count.insurance,
        caseFiles: sum.caseFiles + count.caseFiles,
      }),
      { insurance: 0, caseFiles: 0 },
    );
  };
  let next = 0;
  let peopleDone = 0;
  let failed: unknown;
  const context = { statements, reference, keys };
  const worker = async () => {
    while (failed === undefined && next < ranges.length) {
      const chunk = next;
      next += 1;
      const [first, last] = ranges[chunk] ?? [0, 0];
      const gate = counted[chunk];
      try {
        const written = await sql.begin(async (tx) => {
          const counts = await computeChunk(tx, context, first, last);
          gate?.resolve(counts);
          return insertChunk(tx, context, first, last, await offsetsOf(chunk));
        });
        peopleDone += last - first + 1;
        for (const table of GENERATED_TABLES) {
          rows[table] += written[table];
          options.onProgress?.({ table, rows: rows[table] });
        }
        options.onProgress?.({ table: 'people', rows: peopleDone });
      } catch (error) {
        failed ??= error;
        gate?.reject(error);
        for (const later of counted.slice(chunk + 1)) later.reject(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, ranges.length) }, worker));
  if (failed !== undefined) throw failed;
  // The planner's statistics, so the warehouse's loads plan for the new sizes.
  for (const table of GENERATED_TABLES) await sql.unsafe(`analyze ${table}`);

  return {
    people,
    seed,
    rows,
    participations:
      rows['ministry.case_files'] +
      rows['fiftyplus.enrollments'] +
      rows['city.program_applications'] +
      rows['districts.placements'],
    chunks: ranges.length,
    foreignKeys: keys.bulk ? 'bulk checks' : 'row triggers',
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

/** Generated people in any of the tables, or the id ranges taken: refuse before writing. */
async function refuseIfGenerated(sql: Sql): Promise<void> {
  const [found] = await sql<
    {
      people: boolean;
      insurance_ids: boolean;
      case_file_number: string;
    }[]
  >`select
      exists (select 1 from ministry.insurance_records where person_id >= 'MG' and person_id < 'MH')
        or exists (select 1 from ministry.case_files where person_id >= 'MG' and person_id < 'MH')
        or exists (select 1 from districts.placements where person_id >= 'MG' and person_id < 'MH')
        or exists (select 1 from fiftyplus.talent_profiles where person_id >= 'MG' and person_id < 'MH')
        or exists (select 1 from fiftyplus.enrollments where person_id >= 'MG' and person_id < 'MH')
        or exists (select 1 from city.members where id >= 'MG' and id < 'MH') as people,
      exists (select 1 from ministry.insurance_records where id >= ${`IR${INSURANCE_FIRST}`})
        as insurance_ids,
      (select last_value from ministry.case_file_numbers)::text as case_file_number`;
  if (found?.people) {
    throw new GenerateRefusedError(
      'ALREADY_GENERATED',
      'cannot generate: this database already has generated people (member ids MG…), from an earlier run complete or interrupted; generate into a freshly seeded database',
    );
  }
  if (found?.insurance_ids) {
    throw new GenerateRefusedError(
      'ID_RANGE_IN_USE',
      `cannot generate: ministry.insurance_records already has ids from IR${INSURANCE_FIRST} on, the range generated records take`,
    );
  }
  if (Number(found?.case_file_number ?? 0) >= CASE_FILE_FIRST) {
    throw new GenerateRefusedError(
      'ID_RANGE_IN_USE',
      `cannot generate: ministry.case_file_numbers is at ${found?.case_file_number}, in the range generated case files take (CF${CASE_FILE_FIRST} on)`,
    );
  }
}

type Statements = ReturnType<typeof chunkStatements>;

/** The person column of each generated table: a chunk's rows are a range of it. */
const PERSON_COLUMN: Record<GeneratedTable, string> = {
  'ministry.insurance_records': 'person_id',
  'ministry.case_files': 'person_id',
  'districts.placements': 'person_id',
  'fiftyplus.talent_profiles': 'person_id',
  'fiftyplus.enrollments': 'person_id',
  'city.members': 'id',
  'city.program_applications': 'member_id',
};

interface ForeignKey {
  readonly name: string;
  readonly table: GeneratedTable;
  readonly columns: string[];
  readonly references: string;
  readonly referenced: string[];
}

/** The foreign keys of the generated tables (from the catalog), and whether to check them in bulk. */
async function foreignKeys(sql: Sql): Promise<{ bulk: boolean; keys: ForeignKey[] }> {
  const keys = await sql<ForeignKey[]>`
    select c.conname as name, c.conrelid::regclass::text as table,
      c.confrelid::regclass::text as references,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, i)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.i)
        as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, i)
        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.i)
        as referenced
    from pg_constraint c
    where c.contype = 'f' and c.conrelid::regclass::text in ${sql([...GENERATED_TABLES])}
    order by 2, 1`;
  const [row] = await sql<{ allowed: boolean }[]>`
    select has_parameter_privilege('session_replication_role', 'SET') as allowed`;
  return { bulk: row?.allowed ?? false, keys };
}

/**
 * Every foreign key of a chunk's rows checked at once (a table's rows read once for all its keys),
 * the referenced rows of the agencies' reference tables locked as the triggers would lock them.
 */
async function checkForeignKeys(
  tx: TransactionSql,
  keys: readonly ForeignKey[],
  first: number,
  last: number,
): Promise<void> {
  const id = (n: number) => `'MG${String(n).padStart(9, '0')}'`;
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const referenced = [...new Set(keys.map((key) => key.references))].filter(
    (table) => !GENERATED_TABLES.includes(table as GeneratedTable),
  );
  for (const table of referenced) {
    await tx.unsafe(`select count(*) from (select 1 from ${table} for key share) as l`);
  }
  for (const table of GENERATED_TABLES) {
    const ofTable = keys.filter((key) => key.table === table);
    if (ofTable.length === 0) continue;
    const columns = [...new Set(ofTable.flatMap((key) => key.columns))].map(quote);
    const checks = ofTable.map((key, index) => {
      const own = key.columns.map(quote);
      const matches = key.columns
        .map((column, at) => `r.${quote(key.referenced[at] ?? '')} = c.${quote(column)}`)
        .join(' and ');
      return `(select ${index} as key, c::text as row
        from (select distinct ${own.join(', ')} from rows
          where ${own.map((column) => `${column} is not null`).join(' and ')}) c
        where not exists (select 1 from ${key.references} r where ${matches}) limit 1)`;
    });
    const [dangling] = await tx.unsafe<{ key: number; row: string }[]>(
      `with rows as materialized (
         select ${columns.join(', ')} from ${table}
         where ${quote(PERSON_COLUMN[table])} between ${id(first)} and ${id(last)})
       ${checks.join(' union all ')}
       limit 1`,
    );
    if (dangling) {
      const key = ofTable[dangling.key];
      throw new Error(
        `generate: ${table} has ${dangling.row}, which breaks foreign key ${key?.name} (a bug in the generator)`,
      );
    }
  }
}

interface ChunkContext {
  readonly statements: Statements;
  readonly reference: Reference;
  readonly keys: { bulk: boolean; keys: ForeignKey[] };
}

/** A promise settled from outside. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/**
 * A chunk's people worked out in temporary tables, without ids: the lookups, the people, their
 * participations and jobs. Returns how many insurance records and case files they make.
 */
async function computeChunk(
  tx: TransactionSql,
  { statements, reference, keys }: ChunkContext,
  first: number,
  last: number,
): Promise<ChunkOffsets> {
  // Compiling these wide expressions would cost more than running them.
  await tx.unsafe('set local jit = off');
  // Every join here is on equal keys, but the estimates of joins on computed keys are poor and
  // would pick nested loops over hundreds of thousands of rows.
  await tx.unsafe('set local enable_nestloop = off');
  // Sorts and hashes of a chunk (a few hundred thousand narrow rows) stay in memory.
  await tx.unsafe(`set local work_mem = '64MB'`);
  if (keys.bulk) await tx.unsafe('set local session_replication_role = replica');
  await createLookups(tx, reference);
  await tx.unsafe(statements.people(first, last));
  await tx.unsafe('create unique index on g_people (n)');
  await tx.unsafe('analyze g_people (n, k, prog1)');
  await tx.unsafe(statements.firstPlan);
  await tx.unsafe(`create temp table g_slot on commit drop as ${statements.slot(1)}`);
  await tx.unsafe('analyze g_slot (n, slot, prog)');
  for (let index = 1; index < 3; index += 1) {
    await tx.unsafe(statements.nextPlan(index));
    await tx.unsafe(`insert into g_slot ${statements.slot(index + 1)}`);
  }
  await tx.unsafe(statements.jobs);
  const [counts] = await tx.unsafe<{ insurance: number; case_files: number }[]>(
    `select (select count(*)::int from g_job) as insurance,
      (select count(*)::int from g_slot where prog = 'M') as case_files`,
  );
  return { insurance: counts?.insurance ?? 0, caseFiles: counts?.case_files ?? 0 };
}

/** A worked-out chunk's rows, numbered after the chunks before it, into the agencies' tables. */
async function insertChunk(
  tx: TransactionSql,
  { statements, keys }: ChunkContext,
  first: number,
  last: number,
  offsets: ChunkOffsets,
): Promise<Record<GeneratedTable, number>> {
  const [jobs] = await tx.unsafe<{ count: number }[]>('select count(*)::int as count from g_job');
  if (INSURANCE_FIRST + offsets.insurance + (jobs?.count ?? 0) - 1 > INSURANCE_LAST) {
    throw new GenerateRefusedError(
      'TOO_MANY_PEOPLE',
      `cannot generate people ${first}–${last}: their insurance records would pass IR${INSURANCE_LAST}`,
    );
  }
  await tx.unsafe('analyze g_slot (n, slot, prog)');
  await tx.unsafe('analyze g_job (n, seq)');
  const count = async (text: string) => (await tx.unsafe(text)).count;
  const written: Record<GeneratedTable, number> = {
    'ministry.insurance_records': await count(statements.insertInsurance(offsets)),
    'ministry.case_files': await count(statements.insertCaseFiles(offsets)),
    'districts.placements': await count(statements.insertPlacements(offsets)),
    'fiftyplus.talent_profiles': await count(statements.insertProfiles),
    'fiftyplus.enrollments': await count(statements.insertEnrollments),
    'city.members': await count(statements.insertMembers),
    'city.program_applications': await count(statements.insertApplications),
  };
  if (keys.bulk) await checkForeignKeys(tx, keys.keys, first, last);
  const caseFiles = written['ministry.case_files'];
  if (caseFiles > 0) {
    // The Ministry numbers new files from this sequence: past the generated ones. Chunks commit
    // in any order, so they move it one at a time, and only forward.
    await tx.unsafe(`select pg_advisory_xact_lock(${SEQUENCE_LOCK})`);
    await tx.unsafe(
      `select setval('ministry.case_file_numbers',
        greatest((select last_value from ministry.case_file_numbers), ${CASE_FILE_FIRST + offsets.caseFiles + caseFiles - 1}))`,
    );
  }
  return written;
}

/** The advisory lock chunks take to move the case-file sequence. */
const SEQUENCE_LOCK = 7_309_411_001;

/** The reference lookups as temporary tables, from JSON. */
async function createLookups(tx: TransactionSql, reference: Reference): Promise<void> {
  const table = async (name: string, columns: string, rows: readonly object[]) => {
    await tx.unsafe(
      `create temp table ${name} on commit drop as
       select * from json_to_recordset($1::json) as x(${columns})`,
      [rows as never],
    );
    await tx.unsafe(`analyze ${name}`);
  };
  await table(
    'g_place',
    `idx int, place text, sido text, c_m float8, c_d float8, c_f float8, w_m float8, w_d float8,
     w_f float8, w_c float8, f_region float8, fp boolean, city boolean, m_centers text[],
     d_centers text[], campus text, local_emp int`,
    reference.places,
  );
  await tx.unsafe('create temp table g_cdf on commit drop as select $1::float8[] as thresholds', [
    reference.placeCdf,
  ]);
  await tx.unsafe('analyze g_cdf');
  await table('g_code', 'place text, bounds date[], codes text[]', reference.placeCodes);
  await table(
    'g_employer',
    'grp text, idx int, id text, industry text, place text',
    reference.employers,
  );
  await table('g_counselor', 'center text, cnt int, ids text[]', reference.counselors);
  await table('g_dcenter', 'center text, opened_on date', reference.districtCenters);
  await table(
    'g_dservice',
    'center text, age int, cnt int, codes text[]',
    reference.districtServices,
  );
  await table('g_campus', 'campus text, basic_n int, region_code text', reference.campuses);
  await table(
    'g_fp_basic',
    'campus text, idx int, course text, starts_on date, ends_on date',
    reference.basicCourses,
  );
  await table(
    'g_fp_next',
    'basic text, track_idx int, course text, starts_on date, ends_on date',
    reference.nextCourses,
  );
}
