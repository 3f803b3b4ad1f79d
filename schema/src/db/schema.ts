import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const registry = pgSchema('registry');

/**
 * Who may do what. A token belongs to an owner (an agency such as `ministry`, or a center such
 * as `moel-seoul-gwanak`); only a hash of its secret is kept, so a leaked table grants nothing.
 */
export const tokens = registry.table(
  'tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    secretHash: text('secret_hash').notNull(),
    role: text('role', { enum: ['admin', 'publisher', 'gateway'] }).notNull(),
    /** The agency or center whose subgraphs a publisher token may check and publish. */
    owner: text('owner'),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('tokens_secret_hash_key').on(table.secretHash),
    check(
      'tokens_publisher_has_owner',
      sql`${table.role} <> 'publisher' or ${table.owner} is not null`,
    ),
  ],
);

/** A subgraph name and who owns it. A name never seen before waits for an admin's approval. */
export const subgraphs = registry.table('subgraphs', {
  name: text('name').primaryKey(),
  owner: text('owner').notNull(),
  status: text('status', { enum: ['pending', 'active', 'deleted'] }).notNull(),
  proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull().defaultNow(),
  proposedBy: uuid('proposed_by').notNull(),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
  approvedBy: uuid('approved_by'),
});

/** Every schema a subgraph has had in the graph; never changed once written. */
export const subgraphVersions = registry.table(
  'subgraph_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subgraph: text('subgraph')
      .notNull()
      .references(() => subgraphs.name),
    sdl: text('sdl').notNull(),
    sdlHash: text('sdl_hash').notNull(),
    url: text('url').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    tokenId: uuid('token_id').notNull(),
  },
  (table) => [index('subgraph_versions_subgraph_idx').on(table.subgraph, table.id)],
);

/** One member of a supergraph version: which version of which subgraph it was composed from. */
export interface SupergraphMember {
  readonly subgraph: string;
  readonly versionId: number;
}

/**
 * Every supergraph the gateway has been (or could be) given, newest last. A rollback is a new
 * version with an earlier one's members, so versions only ever go forward.
 */
export const supergraphVersions = registry.table('supergraph_versions', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  supergraphSdl: text('supergraph_sdl').notNull(),
  apiSdl: text('api_sdl').notNull(),
  members: jsonb('members').$type<SupergraphMember[]>().notNull(),
  /** The signed artifact the gateway verifies (compact JWS over the SDL's hash). */
  signature: text('signature').notNull(),
  cause: text('cause', { enum: ['publish', 'delete', 'rollback'] }).notNull(),
  subject: text('subject').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  tokenId: uuid('token_id').notNull(),
});

/** Each check's full report, so that an approval can name what it approves. */
export const checks = registry.table(
  'checks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subgraph: text('subgraph').notNull(),
    /** Hash of what was checked (schema, URL, or a deletion), for idempotent publishes. */
    inputHash: text('input_hash').notNull(),
    baseSupergraphId: bigint('base_supergraph_id', { mode: 'number' }),
    report: jsonb('report').notNull(),
    passed: text('passed', { enum: ['yes', 'no'] }).notNull(),
    /** Set when a publish of this check produced a supergraph version. */
    publishedSupergraphId: bigint('published_supergraph_id', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    tokenId: uuid('token_id').notNull(),
  },
  (table) => [index('checks_subgraph_input_idx').on(table.subgraph, table.inputHash)],
);

/**
 * A recorded decision that lets a refused change through: a breaking change (by an admin), a
 * takeover of another owner's field (by that owner). Keyed by what it covers, so it holds for
 * every later run of the same change.
 */
export const approvals = registry.table(
  'approvals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subgraph: text('subgraph').notNull(),
    kind: text('kind', { enum: ['breaking', 'ownership'] }).notNull(),
    /** The change it covers, e.g. `FIELD_REMOVED:Region.partnerEmployers`. */
    changeKey: text('change_key').notNull(),
    coordinate: text('coordinate').notNull(),
    checkId: uuid('check_id').notNull(),
    tokenId: uuid('token_id').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('approvals_change_key').on(table.subgraph, table.kind, table.changeKey)],
);

/** Which schema coordinates operations used, per client and day, reported by the gateway. */
export const coordinateUsage = registry.table(
  'coordinate_usage',
  {
    day: date('day', { mode: 'string' }).notNull(),
    coordinate: text('coordinate').notNull(),
    clientName: text('client_name').notNull(),
    clientVersion: text('client_version').notNull(),
    operations: bigint('operations', { mode: 'number' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.day, table.coordinate, table.clientName, table.clientVersion] }),
    index('coordinate_usage_coordinate_idx').on(table.coordinate, table.day),
  ],
);

/** Who did what, when, with which token; append-only (a trigger refuses changes). */
export const auditLog = registry.table(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    tokenId: uuid('token_id'),
    tokenLabel: text('token_label'),
    owner: text('owner'),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    outcome: text('outcome').notNull(),
    clientAddress: text('client_address'),
    detail: jsonb('detail'),
  },
  (table) => [index('audit_log_subject_idx').on(table.subject, table.at)],
);
