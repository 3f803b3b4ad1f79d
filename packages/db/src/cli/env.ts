import { parseConfig } from '@jobgraph/runtime';
import { z } from 'zod';
import { DEFAULT_DATA_ROOT } from '../server.js';

const schema = z.object({ JOBGRAPH_DATA_DIR: z.string().default(DEFAULT_DATA_ROOT) });

export function loadCliEnv() {
  return parseConfig('jobgraph-db', schema, process.env);
}
