import {
  type Connection,
  decodeCursor,
  type InputProblem,
  pageSize,
  throwIfProblems,
  toConnection,
} from '@jobgraph/subgraph-kit';
import { z } from 'zod';
import type { PlacementRow } from '../../db/schema.js';
import type { DistrictsContext } from '../context.js';
import { checkDateOrder } from '../input.js';
import { placementCount, placementPage } from './loaders.js';

/** The connection as resolvers pass it on: `totalCount` is only counted when asked for. */
export interface PlacementConnectionParent extends Connection<PlacementRow> {
  count(): Promise<number>;
}

const positionSchema = z.object({ d: z.iso.date(), i: z.string().min(1).max(64) }).strict();

export interface PlacementConnectionArgs {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export async function placementConnection(
  context: DistrictsContext,
  centerId: string,
  args: PlacementConnectionArgs,
): Promise<PlacementConnectionParent> {
  const problems: InputProblem[] = [];
  checkDateOrder(args.from, args.to, problems, { from: 'from', to: 'to' });
  throwIfProblems(problems, 'cannot list placements');
  const size = pageSize(args.first);
  const after = args.after == null ? null : decodeCursor(args.after, positionSchema);
  const period = { from: args.from ?? null, to: args.to ?? null };
  const rows = await context.loaders
    .get(placementPage)
    .load({ id: centerId, args: { ...period, limit: size + 1, after } });
  return {
    ...toConnection(rows, size, after !== null, (row) => ({ d: row.placedOn, i: row.id })),
    count: () => context.loaders.get(placementCount).load({ id: centerId, args: period }),
  };
}
