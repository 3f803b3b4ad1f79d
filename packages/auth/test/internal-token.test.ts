import { describe, expect, it } from 'vitest';
import {
  generateInternalKeyPair,
  importInternalKey,
  Role,
  signIdentity,
  verifyIdentity,
} from '../src/index.js';

const viewer = {
  subject: 'cs-gwanak-01',
  roles: [Role.COUNSELOR],
  scopes: ['casefiles:read'],
  agency: 'ministry' as const,
  center: 'moel-seoul-gwanak',
  clientAddress: '203.0.113.7',
  accessReason: 'case review',
};

describe('gateway-signed identities', () => {
  it('carry the caller to a subgraph holding the gateway’s public key', async () => {
    const pair = await generateInternalKeyPair();
    const signing = await importInternalKey(JSON.stringify(pair.privateJwk));
    const verifying = await importInternalKey(JSON.stringify(pair.publicJwk));
    expect(await verifyIdentity(await signIdentity(viewer, signing), verifying)).toEqual(viewer);
  });

  it('are nobody when missing, tampered, signed by another key, or without a key to check', async () => {
    const pair = await generateInternalKeyPair();
    const other = await generateInternalKeyPair();
    const signing = await importInternalKey(JSON.stringify(pair.privateJwk));
    const verifying = await importInternalKey(JSON.stringify(pair.publicJwk));
    const token = await signIdentity(viewer, signing);
    expect(await verifyIdentity(undefined, verifying)).toBeUndefined();
    expect(await verifyIdentity(token, undefined)).toBeUndefined();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const admin = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        roles: ['admin'],
      }),
    ).toString('base64url');
    expect(await verifyIdentity(`${header}.${admin}.${signature}`, verifying)).toBeUndefined();
    const foreign = await signIdentity(
      viewer,
      await importInternalKey(JSON.stringify(other.privateJwk)),
    );
    expect(await verifyIdentity(foreign, verifying)).toBeUndefined();
  });

  it('refuses keys that are not Ed25519 JWKs', async () => {
    await expect(importInternalKey('not json')).rejects.toThrow(/JWK JSON/);
    await expect(
      importInternalKey(JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB' })),
    ).rejects.toThrow(/Ed25519/);
  });
});
