import { z } from 'zod';
import { parseConfig } from './config.js';

const schema = z.object({
  /** Set by a supervising process (`pnpm start`): when it dies, we stop too, leaving no orphan. */
  JOBGRAPH_PARENT_PID: z.coerce.number().int().positive().optional(),
});

export function loadLifecycleEnv(env: Record<string, string | undefined> = process.env) {
  return parseConfig('lifecycle', schema, env);
}
