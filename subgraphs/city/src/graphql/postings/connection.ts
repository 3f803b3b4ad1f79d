import {
  badUserInput,
  type Connection,
  decodeCursor,
  pageSize,
  toConnection,
} from '@jobgraph/subgraph-kit';
import { z } from 'zod';
import type { JobPostingRow } from '../../db/schema.js';
import type { JobPostingFilter } from '../../generated/graphql.js';
import type { CityContext } from '../context.js';
import { regionByCode } from '../regions/loaders.js';
import { readPostingFilter } from './filter.js';
import { postingCount, postingPage } from './loaders.js';
import type { PostingScope } from './query.js';

/** The connection as resolvers pass it on: `totalCount` is only counted when asked for. */
export interface PostingConnection extends Connection<JobPostingRow> {
  count(): Promise<number>;
}

const positionSchema = z.object({ d: z.iso.date(), i: z.string().min(1).max(64) }).strict();

export interface PostingPageArgs {
  readonly filter?: JobPostingFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export async function postingConnection(
  context: CityContext,
  scope: PostingScope,
  args: PostingPageArgs,
): Promise<PostingConnection> {
  const filter = readPostingFilter(args.filter);
  const size = pageSize(args.first);
  const after = args.after == null ? undefined : decodeCursor(args.after, positionSchema);
  if (filter.region && !(await context.loaders.get(regionByCode).load(filter.region))) {
    throw badUserInput(`filter.region: no region has the code ${filter.region}`, [
      { field: 'filter.region', message: 'an existing administrative code' },
    ]);
  }
  const rows = await context.loaders
    .get(postingPage)
    .load({ scope, filter, limit: size + 1, after });
  return {
    ...toConnection(rows, size, after !== undefined, (row) => ({ d: row.registeredOn, i: row.id })),
    count: () => context.loaders.get(postingCount).load({ scope, filter }),
  };
}
