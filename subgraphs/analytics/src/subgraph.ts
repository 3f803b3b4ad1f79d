import { readFileSync } from 'node:fs';
import type { SubgraphDefinition } from '@jobgraph/subgraph-kit';
import { parse } from 'graphql';
import type { AnalyticsTables } from './graphql/context.js';
import { resolvers } from './graphql/resolvers.js';

export const analyticsSdl = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

/** The report views the subgraph reads (the warehouse's migrations make them). */
const VIEWS = [
  'reports.region_codes',
  'reports.placement_by_region',
  'reports.placement_by_program',
];

/**
 * Placement and retention rates of regions and programmes, read from the warehouse's report
 * views (schema `reports`) as the analysts' read-only role. It owns no schema and no migrations.
 */
export const analyticsSubgraph: SubgraphDefinition<AnalyticsTables> = {
  name: 'analytics',
  typeDefs: parse(analyticsSdl),
  resolvers,
  tables: {},
  readiness: [
    {
      name: 'reports',
      check: async (sql) => {
        const missing = await sql<{ view: string }[]>`
          select view from unnest(${sql.array(VIEWS)}::text[]) as v(view)
          where to_regclass(view) is null or not has_table_privilege(view, 'select')`;
        return missing.length === 0
          ? undefined
          : `cannot read ${missing.map((row) => row.view).join(', ')}: migrate the warehouse (pnpm warehouse migrate)`;
      },
    },
    {
      // Least privilege: the role reads the reports, never the facts they are made of.
      name: 'role',
      check: async (sql) => {
        const [row] = await sql<{ user: string; facts: boolean }[]>`
          select current_user as user, exists (
            select from pg_namespace
            where nspname = 'warehouse' and has_schema_privilege(oid, 'usage')) as facts`;
        return row?.facts
          ? `${row.user} can read schema warehouse: connect as the analysts' read-only role`
          : undefined;
      },
    },
  ],
};
