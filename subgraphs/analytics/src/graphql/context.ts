import type { SubgraphContext } from '@jobgraph/subgraph-kit';

/** No tables of its own: the subgraph reads the warehouse's report views with SQL. */
export type AnalyticsTables = Record<string, never>;
export type AnalyticsContext = SubgraphContext<AnalyticsTables>;
