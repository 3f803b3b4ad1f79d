import { citySubgraph } from '@jobgraph/city';
import { connect, type Sql } from '@jobgraph/db';
import type { ScratchDatabase } from '@jobgraph/db/testing';
import { districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { createLogger } from '@jobgraph/runtime';
import {
  prepareDatabase,
  type RunningSubgraph,
  type SubgraphDefinition,
  startSubgraph,
  type Tables,
} from '@jobgraph/subgraph-kit';
import {
  analyst,
  asViewer,
  type GraphQLResponse,
  graphql,
  scratchDatabase,
  subgraphDatabase,
  testSubgraphConfig,
} from '@jobgraph/testkit';
import {
  loadDimensions,
  loadWarehouse,
  migrateWarehouse,
  setAnalystPassword,
} from '@jobgraph/warehouse';
import { expect } from 'vitest';
import type { AnalyticsTables } from '../src/graphql/context.js';
import { ANALYST_ROLE, analyticsSubgraph } from '../src/index.js';

/**
 * The analysts' role belongs to the server, which every test file shares: each file that logs in
 * as it sets this same password (as the warehouse's own tests do), so none locks another out.
 */
export const ANALYST_TEST_PASSWORD = 'analyst-test-password';

const OTHER_AGENCIES = [citySubgraph, districtsSubgraph, fiftyplusSubgraph] as unknown as Array<
  SubgraphDefinition<Tables>
>;

export interface TestAnalytics {
  readonly subgraph: RunningSubgraph<AnalyticsTables>;
  readonly url: string;
  /** The database owner's connection: the views as they are, and report cells to add. */
  readonly owner: Sql;
  close(): Promise<void>;
}

/**
 * The analytics subgraph, logged in as the analysts' role, over a warehouse of its own:
 * `loaded` from all four agencies' seeds (a copy of the run's Ministry template with the other
 * three seeded into it, then the whole load: about 20 s), or only its `dimensions` (from the code
 * lists, for tests that add report cells themselves: about 2 s).
 */
export async function startAnalytics(warehouse: 'loaded' | 'dimensions'): Promise<TestAnalytics> {
  let database: ScratchDatabase;
  if (warehouse === 'loaded') {
    database = await subgraphDatabase('ministry');
    const logger = createLogger({ service: 'analytics-test', level: 'warn' });
    // Migrations take turns (a shared advisory lock); the seeds run side by side.
    await Promise.all(
      OTHER_AGENCIES.map((definition) => prepareDatabase(definition, database.url, logger)),
    );
  } else {
    database = await scratchDatabase('analytics');
  }
  await migrateWarehouse(database.url);
  const owner = connect({
    url: database.url,
    poolSize: 2,
    statementTimeoutMs: 60_000,
    applicationName: 'analytics-test',
  });
  try {
    if (warehouse === 'loaded') {
      await loadWarehouse(owner, {
        personSecret: 'analytics-test-secret-0123456789abcdef',
        batchSize: 20_000,
        asOf: '2026-11-25',
      });
    } else {
      await loadDimensions(owner);
    }
    await setAnalystPassword(owner, ANALYST_TEST_PASSWORD);
    const config = testSubgraphConfig(database);
    const subgraph = await startSubgraph(analyticsSubgraph, {
      ...config,
      database: {
        ...config.database,
        login: { user: ANALYST_ROLE, password: ANALYST_TEST_PASSWORD },
      },
    });
    return {
      subgraph,
      url: subgraph.url,
      owner,
      close: async () => {
        await subgraph.stop();
        await owner.end({ timeout: 5 });
        await database.drop();
      },
    };
  } catch (error) {
    await owner.end({ timeout: 5 });
    await database.drop();
    throw error;
  }
}

/** Headers of an analyst, as the gateway would sign them. */
export const asAnalyst = () => asViewer(analyst());

/** Runs an operation as an analyst that must succeed, and returns its data. */
export async function query<Data>(
  analytics: TestAnalytics,
  operation: string,
  variables?: Record<string, unknown>,
): Promise<Data> {
  const response: GraphQLResponse<Data> = await graphql<Data>(
    analytics.url,
    operation,
    variables,
    await asAnalyst(),
  );
  expect(response.errors).toBeUndefined();
  if (!response.data) throw new Error('no data');
  return response.data;
}

/** `_entities` of one type by key, for the fields `selection`. */
export function entities(typename: 'Region' | 'Program', selection: string): string {
  return /* GraphQL */ `
    query Entities($r: [_Any!]!) {
      _entities(representations: $r) { ... on ${typename} { ${selection} } }
    }`;
}

/** Representations of regions by code, or programmes by id. */
export function represent(typename: 'Region' | 'Program', keys: readonly string[]) {
  const key = typename === 'Region' ? 'code' : 'id';
  return { r: keys.map((value) => ({ __typename: typename, [key]: value })) };
}

/** The measures as the API names them, from a `reports.placement_by_*` row. */
export const MEASURES = `cohort, participants, placed, placement_rate::float8 as rate,
  retention_6m_rate::float8 as "retention6mRate", retention_12m_rate::float8 as "retention12mRate",
  median_days_to_placement::float8 as "medianDaysToPlacement", suppressed,
  upper(suppression) as suppression, provisional`;

export const RATE_FIELDS = `cohort participants placed rate retention6mRate retention12mRate
  medianDaysToPlacement suppressed suppression provisional`;

/**
 * Report cells as a load would leave them, in one quarter (`YYYY-MM-01`): per dimension and
 * member, participants and placed; retention known for every placement, half retained, a median
 * of 41.5 days.
 */
export async function addReportCells(
  owner: Sql,
  quarter: string,
  cells: ReadonlyArray<
    readonly [dimension: string, member: string, people: number, placed: number]
  >,
): Promise<void> {
  for (const [dimension, member, participants, placed] of cells) {
    await owner`
      insert into warehouse.report_cells (dimension, member, cohort_quarter, participants, placed,
        retention_6m_known, retained_6m, retention_12m_known, retained_12m,
        median_days_to_placement)
      values (${dimension}, ${member}, ${quarter}, ${participants}, ${placed}, ${placed},
        ${Math.floor(placed / 2)}, 0, 0, 41.5)`;
  }
}
