import { desc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from './context.js';
import { subgraphs, subgraphVersions, supergraphVersions } from './db/schema.js';

export interface MemberVersion {
  readonly subgraph: string;
  readonly versionId: number;
  readonly owner: string;
  readonly sdl: string;
  readonly url: string;
  readonly sdlHash: string;
}

export interface GraphState {
  /** The live supergraph version; null before the first publish. */
  readonly supergraph: typeof supergraphVersions.$inferSelect | null;
  readonly members: readonly MemberVersion[];
  readonly subgraphRows: ReadonlyMap<string, typeof subgraphs.$inferSelect>;
}

export async function latestSupergraph(db: Queryable) {
  const [latest] = await db
    .select()
    .from(supergraphVersions)
    .orderBy(desc(supergraphVersions.id))
    .limit(1);
  return latest ?? null;
}

export async function memberVersions(
  db: Queryable,
  members: ReadonlyArray<{ readonly versionId: number }>,
): Promise<MemberVersion[]> {
  if (members.length === 0) return [];
  const rows = await db
    .select({
      subgraph: subgraphVersions.subgraph,
      versionId: subgraphVersions.id,
      sdl: subgraphVersions.sdl,
      url: subgraphVersions.url,
      sdlHash: subgraphVersions.sdlHash,
      owner: subgraphs.owner,
    })
    .from(subgraphVersions)
    .innerJoin(subgraphs, eq(subgraphs.name, subgraphVersions.subgraph))
    .where(
      inArray(
        subgraphVersions.id,
        members.map((member) => member.versionId),
      ),
    );
  return rows.sort((a, b) => a.subgraph.localeCompare(b.subgraph));
}

/** The live graph: its supergraph, the subgraph versions it was composed from, and every name. */
export async function graphState(db: Queryable): Promise<GraphState> {
  const supergraph = await latestSupergraph(db);
  const members = supergraph ? await memberVersions(db, supergraph.members) : [];
  const rows = await db.select().from(subgraphs);
  return { supergraph, members, subgraphRows: new Map(rows.map((row) => [row.name, row])) };
}
