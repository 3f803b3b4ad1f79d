import { desc, eq } from 'drizzle-orm';
import type { Queryable } from './context.js';
import { subgraphs, subgraphVersions, tokens } from './db/schema.js';
import { notFound } from './errors.js';

export async function listSubgraphs(db: Queryable) {
  return db.select().from(subgraphs).orderBy(subgraphs.name);
}

export async function subgraphHistory(db: Queryable, name: string, limit: number) {
  const [row] = await db.select().from(subgraphs).where(eq(subgraphs.name, name));
  if (!row) throw notFound(`no subgraph ${name}`);
  const versions = await db
    .select({
      version: subgraphVersions.id,
      createdAt: subgraphVersions.createdAt,
      url: subgraphVersions.url,
      sdlHash: subgraphVersions.sdlHash,
      by: tokens.label,
    })
    .from(subgraphVersions)
    .leftJoin(tokens, eq(tokens.id, subgraphVersions.tokenId))
    .where(eq(subgraphVersions.subgraph, name))
    .orderBy(desc(subgraphVersions.id))
    .limit(limit);
  return { subgraph: row, versions };
}

export async function subgraphVersion(db: Queryable, name: string, id: number) {
  const [row] = await db.select().from(subgraphVersions).where(eq(subgraphVersions.id, id));
  if (!row || row.subgraph !== name) throw notFound(`no version ${id} of ${name}`);
  return row;
}
