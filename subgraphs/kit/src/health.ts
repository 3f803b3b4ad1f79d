import type { RouteHandler } from '@jobgraph/graphql-server';
import { respondJson } from '@jobgraph/graphql-server';

/** `/health`: the process answers. Nothing else is checked, so a slow database never gets a
 * healthy process restarted. */
export const healthRoute: RouteHandler = async (_request, response) => {
  respondJson(response, 200, { status: 'ok' });
};

export interface ReadinessCheck {
  readonly name: string;
  /** Resolves with a problem description, or undefined when fine. */
  readonly check: () => Promise<string | undefined>;
}

/** `/ready`: every check passes (database reachable, migrations applied, ...), else 503 with
 * the failing checks named. */
export function readinessRoute(checks: readonly ReadinessCheck[]): RouteHandler {
  return async (_request, response) => {
    const results = await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          return { name, problem: await check() };
        } catch (error) {
          return { name, problem: (error as Error).message };
        }
      }),
    );
    const failing = results.filter((result) => result.problem !== undefined);
    respondJson(response, failing.length === 0 ? 200 : 503, {
      status: failing.length === 0 ? 'ready' : 'not ready',
      checks: Object.fromEntries(results.map(({ name, problem }) => [name, problem ?? 'ok'])),
    });
  };
}
