import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpRequestError, readJsonBody, respondJson } from '@jobgraph/graphql-server';
import { createLogger, type Logger } from '@jobgraph/runtime';
import { SignJWT } from 'jose';
import { z } from 'zod';
import { type Account, DEV_PASSWORD, readAccounts } from './accounts.js';
import type { DevIdentityConfig } from './env.js';
import { KeyRing } from './key-ring.js';

export interface RunningDevIdentity {
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly tokenUrl: string;
  readonly logger: Logger;
  /** A token for an account, as POST /token would give; its lifetime can be moved (in seconds
   * from now) to try expired or not-yet-valid tokens. */
  issue(
    username: string,
    timing?: { readonly notBefore?: number; readonly expires?: number },
  ): Promise<string>;
  rotate(): Promise<string>;
  stop(): Promise<void>;
}

const tokenRequest = z.object({
  username: z.string().min(1).max(64),
  password: z.string().max(128),
});

function samePassword(given: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(DEV_PASSWORD);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A development identity provider with the shape of an OpenID provider: discovery document,
 * JWKS, and a token endpoint for the seeded accounts (username + the development password).
 */
export async function startDevIdentity(config: DevIdentityConfig): Promise<RunningDevIdentity> {
  const logger = createLogger({ service: 'dev-identity', level: config.logLevel });
  const ring = await KeyRing.open(config.keyFile);
  const accounts = await readAccounts(config.accountsFile);
  let issuer = config.issuer ?? '';

  const issue = async (
    account: Account,
    timing: { readonly notBefore?: number; readonly expires?: number } = {},
  ): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const { kid, key, alg } = await ring.signingKey();
    return new SignJWT({
      roles: account.roles,
      scope: account.scopes.join(' '),
      ...(account.agency ? { agency: account.agency } : {}),
      ...(account.center ? { center: account.center } : {}),
    })
      .setProtectedHeader({ alg, kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(config.audience)
      .setSubject(account.username)
      .setIssuedAt()
      .setNotBefore(now + (timing.notBefore ?? 0))
      .setExpirationTime(now + (timing.expires ?? config.tokenTtlSeconds))
      .sign(key);
  };

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handle = async () => {
      if (request.method === 'GET' && path === '/.well-known/openid-configuration') {
        respondJson(response, 200, {
          issuer,
          jwks_uri: `${issuer}/jwks.json`,
          token_endpoint: `${issuer}/token`,
          id_token_signing_alg_values_supported: ['RS256'],
          grant_types_supported: ['password'],
        });
      } else if (request.method === 'GET' && path === '/jwks.json') {
        respondJson(response, 200, ring.jwks());
      } else if (request.method === 'POST' && path === '/token') {
        const parsed = tokenRequest.safeParse(await readJsonBody(request, 4096));
        const account = parsed.success ? accounts.get(parsed.data.username) : undefined;
        if (!parsed.success || !account || !samePassword(parsed.data.password)) {
          respondJson(response, 401, { error: 'invalid_grant' });
          return;
        }
        respondJson(response, 200, {
          access_token: await issue(account),
          token_type: 'Bearer',
          expires_in: config.tokenTtlSeconds,
        });
      } else if (request.method === 'POST' && path === '/rotate') {
        respondJson(response, 200, { kid: await ring.rotate() });
      } else if (path === '/health' || path === '/ready') {
        respondJson(response, 200, { status: 'ok' });
      } else {
        respondJson(response, 404, { error: 'not found' });
      }
    };
    handle().catch((error: unknown) => {
      if (error instanceof HttpRequestError) {
        respondJson(response, error.status, { error: error.message });
        return;
      }
      logger.error({ err: error }, 'request failed');
      if (!response.headersSent) respondJson(response, 500, { error: 'server_error' });
    });
  });
  await new Promise<void>((resolve) => server.listen(config.http.port, config.http.host, resolve));
  const { port } = server.address() as AddressInfo;
  issuer ||= `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}`;
  logger.info({ issuer }, 'development identity provider ready');

  return {
    issuer,
    jwksUrl: `${issuer}/jwks.json`,
    tokenUrl: `${issuer}/token`,
    logger,
    issue: async (username, timing) => {
      const account = accounts.get(username);
      if (!account) throw new Error(`no development account ${username}`);
      return issue(account, timing);
    },
    rotate: () => ring.rotate(),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
