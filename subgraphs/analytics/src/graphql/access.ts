import { requireScope } from '@jobgraph/subgraph-kit';
import type { AnalyticsContext } from './context.js';

/** The scope every analytics field asks for (`@requiresScopes`); analysts and admins hold it. */
export const ANALYTICS_READ = 'analytics:read';

/** The subgraph's own check behind the gateway's: UNAUTHENTICATED, or FORBIDDEN without it. */
export function requireAnalyst(context: AnalyticsContext): void {
  requireScope(context, ANALYTICS_READ);
}
