import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  JwksKeyStore,
  jwksFromUrl,
  type RejectionReason,
  TokenRejected,
  verifyEndUserToken,
} from '../src/index.js';

const ISSUER = 'https://login.seoul.test';
const AUDIENCE = 'jobgraph';

interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicJwk: JWK;
}

async function makeKey(kid: string, alg: 'RS256' | 'ES256' = 'RS256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A small identity provider publishing a JWKS that tests change, counting its fetches. */
let published: JWK[] = [];
let fetches = 0;
let available = true;
let server: Server;
let jwksUrl: string;
let current: SigningKey;

beforeAll(async () => {
  current = await makeKey('k1');
  published = [current.publicJwk];
  server = createServer((_request, response) => {
    fetches += 1;
    if (!available) {
      response.writeHead(503).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: published }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function keyStore(cooldownMs = 60_000) {
  return new JwksKeyStore(jwksFromUrl(jwksUrl), {
    refetchCooldownMs: cooldownMs,
    refreshIntervalMs: 3_600_000,
  });
}

interface TokenOptions {
  readonly key?: SigningKey;
  readonly alg?: string;
  readonly header?: Record<string, unknown>;
  readonly claims?: Record<string, unknown>;
  readonly issuer?: string;
  readonly audience?: string;
  readonly subject?: string | null;
  readonly expiresIn?: string | null;
  readonly notBefore?: string;
}

async function token(options: TokenOptions = {}): Promise<string> {
  const key = options.key ?? current;
  let jwt = new SignJWT({ roles: ['citizen'], scope: '', ...options.claims })
    .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: key.kid, ...options.header })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt();
  if (options.subject !== null) jwt = jwt.setSubject(options.subject ?? 'M00000001');
  if (options.expiresIn !== null) jwt = jwt.setExpirationTime(options.expiresIn ?? '10m');
  if (options.notBefore) jwt = jwt.setNotBefore(options.notBefore);
  return jwt.sign(key.privateKey);
}

const options = (keys: JwksKeyStore) => ({
  issuer: ISSUER,
  audience: AUDIENCE,
  algorithms: ['RS256', 'ES256'] as const,
  clockToleranceSeconds: 30,
  keys,
});

async function rejection(tokenText: string, keys = keyStore()): Promise<RejectionReason> {
  try {
    await verifyEndUserToken(tokenText, options(keys));
  } catch (error) {
    if (error instanceof TokenRejected) return error.reason;
    throw error;
  } finally {
    keys.close();
  }
  throw new Error('the token was accepted');
}

describe('verifyEndUserToken', () => {
  it('accepts a good token and reads who the caller is', async () => {
    const keys = keyStore();
    const viewer = await verifyEndUserToken(
      await token({
        subject: 'cs-gwanak-01',
        claims: {
          roles: ['counselor', 'no-such-role'],
          scope: 'casefiles:read casefiles:write',
          agency: 'ministry',
          center: 'moel-seoul-gwanak',
        },
      }),
      options(keys),
    );
    keys.close();
    expect(viewer).toEqual({
      subject: 'cs-gwanak-01',
      roles: ['counselor'],
      scopes: ['casefiles:read', 'casefiles:write'],
      agency: 'ministry',
      center: 'moel-seoul-gwanak',
    });
  });

  it('refuses a token signed by another key under a known key id', async () => {
    const impostor = await makeKey('k1');
    expect(await rejection(await token({ key: impostor }))).toBe('bad-signature');
  });

  it('refuses expired, not-yet-valid and claim-less tokens', async () => {
    expect(await rejection(await token({ expiresIn: '-5m' }))).toBe('expired');
    expect(await rejection(await token({ notBefore: '10m' }))).toBe('not-yet-valid');
    expect(await rejection(await token({ expiresIn: null }))).toBe('missing-claim');
    expect(await rejection(await token({ subject: null }))).toBe('missing-claim');
  });

  it('allows a bounded clock skew only', async () => {
    const keys = keyStore();
    await expect(
      verifyEndUserToken(await token({ notBefore: '20s' }), options(keys)),
    ).resolves.toBeDefined();
    keys.close();
    expect(await rejection(await token({ expiresIn: '-60s' }))).toBe('expired');
  });

  it('refuses the wrong issuer and the wrong audience', async () => {
    expect(await rejection(await token({ issuer: 'https://evil.example' }))).toBe('wrong-issuer');
    expect(await rejection(await token({ audience: 'another-service' }))).toBe('wrong-audience');
  });

  it('refuses alg "none"', async () => {
    const unsigned = new UnsecuredJWT({ roles: ['admin'] })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('admin-01')
      .setExpirationTime('10m')
      .encode();
    expect(await rejection(unsigned)).toBe('algorithm-not-allowed');
  });

  it('refuses algorithm confusion: HS256 keyed with the published public key', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(current.publicJwk));
    const forged = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256', kid: current.kid })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('admin-01')
      .setExpirationTime('10m')
      .sign(secret);
    expect(await rejection(forged)).toBe('algorithm-not-allowed');
  });

  it('never follows key headers chosen by the token’s maker', async () => {
    const attacker = await makeKey('attacker');
    for (const header of [
      { jku: 'https://evil.example/jwks.json' },
      { x5u: 'https://evil.example/cert.pem' },
      { jwk: attacker.publicJwk },
    ]) {
      expect(await rejection(await token({ key: attacker, header }))).toBe('untrusted-key-header');
    }
  });

  it('picks up a rotated key without a restart, refetching at most once per cooldown', async () => {
    const keys = keyStore(60_000);
    await verifyEndUserToken(await token(), options(keys));
    const rotated = await makeKey('k2');
    published = [rotated.publicJwk, current.publicJwk];
    const before = fetches;
    await expect(
      verifyEndUserToken(await token({ key: rotated }), options(keys)),
    ).resolves.toBeDefined();
    expect(fetches).toBe(before + 1);
    // An unknown key id right after does not make the provider fetch again.
    const unknown = await makeKey('k3');
    await expect(verifyEndUserToken(await token({ key: unknown }), options(keys))).rejects.toThrow(
      TokenRejected,
    );
    expect(fetches).toBe(before + 1);
    keys.close();
    published = [current.publicJwk];
  });

  it('keeps verifying with cached keys while the provider is down', async () => {
    const keys = keyStore(0);
    await verifyEndUserToken(await token(), options(keys));
    available = false;
    try {
      await expect(verifyEndUserToken(await token(), options(keys))).resolves.toBeDefined();
      // Even when an unknown key id makes it try the provider, the cached keys stay.
      const unknown = await makeKey('k9');
      await expect(
        verifyEndUserToken(await token({ key: unknown }), options(keys)),
      ).rejects.toThrow(TokenRejected);
      await expect(verifyEndUserToken(await token(), options(keys))).resolves.toBeDefined();
    } finally {
      available = true;
      keys.close();
    }
  });

  it('accepts ES256 tokens from the set too', async () => {
    const ec = await makeKey('ec1', 'ES256');
    published = [current.publicJwk, ec.publicJwk];
    const keys = keyStore(0);
    await expect(
      verifyEndUserToken(await token({ key: ec, alg: 'ES256' }), options(keys)),
    ).resolves.toBeDefined();
    keys.close();
    published = [current.publicJwk];
  });
});
