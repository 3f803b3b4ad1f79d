import { parseConfig, postgresUrlField } from '@jobgraph/runtime';
import { type SubgraphConfig, subgraphEnvSchema } from '@jobgraph/subgraph-kit';
import { z } from 'zod';

export const ANALYTICS_DEFAULT_PORT = 4008;

/** The warehouse's read-only role for analysts, made by its migrations (`ANALYST_ROLE`). */
export const ANALYST_ROLE = 'warehouse_analyst';

/**
 * How the subgraph logs in: never as the server URL's own user. `ANALYTICS_DATABASE_URL` is a
 * URL with the analysts' role in it; without one, the subgraph logs in to `DATABASE_URL`'s server
 * (or the checkout's embedded one) as `warehouse_analyst` with `WAREHOUSE_ANALYST_PASSWORD`.
 */
const analystLogin = z
  .object({
    ANALYTICS_DATABASE_URL: postgresUrlField.optional(),
    WAREHOUSE_ANALYST_PASSWORD: z.string().optional(),
  })
  .refine((env) => env.ANALYTICS_DATABASE_URL ?? env.WAREHOUSE_ANALYST_PASSWORD, {
    path: ['WAREHOUSE_ANALYST_PASSWORD'],
    message:
      `set it to log in as ${ANALYST_ROLE} (pnpm start keeps it in .data/warehouse.env), ` +
      `or set ANALYTICS_DATABASE_URL to a URL of a read-only role of schema reports`,
  });

/** The kit's settings of every subgraph, and the analysts' login in place of the URL's user. */
const analyticsEnv = analystLogin
  .and(subgraphEnvSchema('ANALYTICS', ANALYTICS_DEFAULT_PORT))
  .transform(
    ({ ANALYTICS_DATABASE_URL: ownUrl, WAREHOUSE_ANALYST_PASSWORD: password, ...config }) =>
      ownUrl !== undefined || password === undefined
        ? config
        : { ...config, database: { ...config.database, login: { user: ANALYST_ROLE, password } } },
  );

/** The analytics subgraph's configuration: PORT, the analysts' login, pool size, ... */
export function loadAnalyticsConfig(
  env: Record<string, string | undefined> = process.env,
): SubgraphConfig {
  return parseConfig('analytics', analyticsEnv, env);
}
