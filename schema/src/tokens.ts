import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from './audit.js';
import type { Principal, Queryable, RegistryContext } from './context.js';
import { tokens } from './db/schema.js';
import { badInput, forbidden, notFound, RegistryError } from './errors.js';

const PREFIX = 'jgr_';
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Owners are agencies (`ministry`) and centers (`moel-seoul-gwanak`): lower-case slugs. */
export const ownerName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,62}$/, 'an owner is a lower-case name such as moel-seoul-gwanak');

export const tokenRequest = z.object({
  role: z.enum(['admin', 'publisher', 'gateway']),
  owner: ownerName.optional(),
  label: z.string().min(1).max(100),
  expiresInDays: z.number().int().min(1).max(3650).default(90),
});

export interface IssuedToken {
  readonly id: string;
  /** Shown once: only its hash is kept. */
  readonly secret: string;
  readonly role: Principal['role'];
  readonly owner: string | null;
  readonly label: string;
  readonly expiresAt: string;
}

export async function issueToken(
  db: Queryable,
  request: z.output<typeof tokenRequest>,
  createdBy: string | null,
): Promise<IssuedToken> {
  if (request.role === 'publisher' && !request.owner) {
    throw badInput('a publisher token needs the owner whose subgraphs it publishes');
  }
  const secret = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + request.expiresInDays * 86_400_000);
  const [row] = await db
    .insert(tokens)
    .values({
      secretHash: hashSecret(secret),
      role: request.role,
      owner: request.owner ?? null,
      label: request.label,
      createdBy,
      expiresAt,
    })
    .returning({ id: tokens.id });
  return {
    id: (row as { id: string }).id,
    secret,
    role: request.role,
    owner: request.owner ?? null,
    label: request.label,
    expiresAt: expiresAt.toISOString(),
  };
}

/**
 * The operator's admin token from config (`REGISTRY_ADMIN_TOKEN`): kept as a hash like any
 * other, and the previous bootstrap token is revoked when it changes.
 */
export async function ensureBootstrapAdmin(db: Queryable, secret: string): Promise<void> {
  if (!secret.startsWith(PREFIX) || secret.length < 40) {
    throw new Error(`REGISTRY_ADMIN_TOKEN must look like ${PREFIX}<at least 36 characters>`);
  }
  const hash = hashSecret(secret);
  const label = 'bootstrap admin (REGISTRY_ADMIN_TOKEN)';
  await db
    .update(tokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(tokens.label, label), isNull(tokens.revokedAt)));
  await db
    .insert(tokens)
    .values({
      secretHash: hash,
      role: 'admin',
      label,
      expiresAt: new Date(Date.now() + 3650 * 86_400_000),
    })
    .onConflictDoUpdate({ target: tokens.secretHash, set: { revokedAt: null } });
}

/** The caller of a request, from its bearer token; throws 401 for a missing or dead token. */
export async function authenticate(
  context: RegistryContext,
  request: IncomingMessage,
): Promise<Principal> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) {
    throw new RegistryError(
      401,
      'UNAUTHENTICATED',
      'send a registry token: Authorization: Bearer <token>',
    );
  }
  const [row] = await context.db
    .select()
    .from(tokens)
    .where(
      and(
        eq(tokens.secretHash, hashSecret(match[1] as string)),
        isNull(tokens.revokedAt),
        gt(tokens.expiresAt, new Date()),
      ),
    )
    .limit(1);
  if (!row) {
    throw new RegistryError(401, 'UNAUTHENTICATED', 'the token is unknown, expired or revoked');
  }
  return {
    tokenId: row.id,
    role: row.role,
    owner: row.owner,
    label: row.label,
    clientAddress: request.socket.remoteAddress,
  };
}

export function requireRole(principal: Principal, ...roles: Array<Principal['role']>): void {
  if (!roles.includes(principal.role)) {
    throw forbidden(`this needs a ${roles.join(' or ')} token`);
  }
}

export async function listTokens(context: RegistryContext) {
  const rows = await context.db.select().from(tokens).orderBy(desc(tokens.createdAt));
  return rows.map(({ secretHash: _hash, ...row }) => row);
}

export async function revokeToken(context: RegistryContext, principal: Principal, id: string) {
  if (!z.uuid().safeParse(id).success) throw badInput('a token id is a UUID');
  const [row] = await context.db
    .update(tokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(tokens.id, id), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id, label: tokens.label });
  if (!row) throw notFound(`no live token ${id}`);
  await audit(context.db, principal, 'token.revoke', `token:${id}`, 'done', { label: row.label });
  return row;
}
