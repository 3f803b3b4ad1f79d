import { diff } from '@graphql-inspector/core';
import { desc, eq, sql } from 'drizzle-orm';
import { buildSchema } from 'graphql';
import { audit } from './audit.js';
import { type SupergraphArtifact, signArtifact } from './client/artifact.js';
import type { Principal, Queryable, RegistryContext, RegistryTransaction } from './context.js';
import { type SupergraphMember, subgraphs, supergraphVersions, tokens } from './db/schema.js';
import { badInput, notFound } from './errors.js';
import { latestSupergraph } from './state.js';
import { requireRole } from './tokens.js';

/** Every writer of supergraph versions takes this lock, so versions build on one another. */
export const SUPERGRAPH_WRITE_LOCK = 0x6a677267; // "jgrg"
export const NOTIFY_CHANNEL = 'registry_supergraph';

export async function lockSupergraphWrites(tx: RegistryTransaction): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${SUPERGRAPH_WRITE_LOCK})`);
}

/** Writes a new signed supergraph version and notifies the gateways when the transaction commits. */
export async function createSupergraphVersion(
  context: RegistryContext,
  tx: RegistryTransaction,
  version: {
    readonly supergraphSdl: string;
    readonly apiSdl: string;
    readonly members: readonly SupergraphMember[];
    readonly cause: 'publish' | 'delete' | 'rollback';
    readonly subject: string;
    readonly tokenId: string;
  },
): Promise<number> {
  const [next] = await tx.execute<{ id: number }>(
    sql`select nextval(pg_get_serial_sequence('registry.supergraph_versions', 'id'))::int as id`,
  );
  const id = (next as { id: number }).id;
  const createdAt = new Date();
  const signature = await signArtifact(
    { version: id, createdAt: createdAt.toISOString(), sdl: version.supergraphSdl },
    context.signingKey,
  );
  await tx.insert(supergraphVersions).values({
    id,
    supergraphSdl: version.supergraphSdl,
    apiSdl: version.apiSdl,
    members: [...version.members].sort((a, b) => a.subgraph.localeCompare(b.subgraph)),
    signature,
    cause: version.cause,
    subject: version.subject,
    createdAt,
    tokenId: version.tokenId,
  });
  await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${String(id)})`);
  return id;
}

export function toArtifact(row: typeof supergraphVersions.$inferSelect): SupergraphArtifact {
  return {
    version: row.id,
    createdAt: row.createdAt.toISOString(),
    sdl: row.supergraphSdl,
    signature: row.signature,
  };
}

export async function supergraphVersion(db: Queryable, id: number) {
  const [row] = await db.select().from(supergraphVersions).where(eq(supergraphVersions.id, id));
  if (!row) throw notFound(`no supergraph version ${id}`);
  return row;
}

export async function supergraphHistory(db: Queryable, limit: number) {
  return db
    .select({
      version: supergraphVersions.id,
      createdAt: supergraphVersions.createdAt,
      cause: supergraphVersions.cause,
      subject: supergraphVersions.subject,
      members: supergraphVersions.members,
      by: tokens.label,
    })
    .from(supergraphVersions)
    .leftJoin(tokens, eq(tokens.id, supergraphVersions.tokenId))
    .orderBy(desc(supergraphVersions.id))
    .limit(limit);
}

/** The API changes from one supergraph version to another (either direction). */
export async function diffSupergraphs(db: Queryable, from: number, to: number) {
  const [before, after] = await Promise.all([
    supergraphVersion(db, from),
    supergraphVersion(db, to),
  ]);
  const changes = await diff(buildSchema(before.apiSdl), buildSchema(after.apiSdl));
  return changes.map((change) => ({
    type: change.type,
    criticality: change.criticality.level,
    coordinate: change.path ?? null,
    message: change.message,
  }));
}

/**
 * Makes an earlier version's graph live again, as a new version (versions only go forward, so
 * every gateway sees a newer one). Admins only: it is not checked against the live graph.
 */
export async function rollback(context: RegistryContext, principal: Principal, to: number) {
  requireRole(principal, 'admin');
  if (!Number.isSafeInteger(to) || to < 1) throw badInput('name the version to roll back to');
  return context.db.transaction(async (tx) => {
    await lockSupergraphWrites(tx);
    const target = await supergraphVersion(tx, to);
    const latest = await latestSupergraph(tx);
    if (latest && latest.supergraphSdl === target.supergraphSdl) {
      await audit(tx, principal, 'supergraph.rollback', `supergraph:${to}`, 'unchanged');
      return { version: latest.id, unchanged: true };
    }
    const version = await createSupergraphVersion(context, tx, {
      supergraphSdl: target.supergraphSdl,
      apiSdl: target.apiSdl,
      members: target.members,
      cause: 'rollback',
      subject: `version ${to}`,
      tokenId: principal.tokenId,
    });
    for (const member of target.members) {
      await tx
        .update(subgraphs)
        .set({ status: 'active' })
        .where(eq(subgraphs.name, member.subgraph));
    }
    await audit(tx, principal, 'supergraph.rollback', `supergraph:${to}`, 'done', {
      newVersion: version,
      from: latest?.id ?? null,
    });
    return { version, unchanged: false };
  });
}
