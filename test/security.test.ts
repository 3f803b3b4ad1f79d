import { IDENTITY_HEADER } from '@jobgraph/auth';
import { errorCodes, graphql } from '@jobgraph/testkit';
import { exportJWK, generateKeyPair, type JWK, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './support.js';

let graph: TestGraph;
let kid: string;
beforeAll(async () => {
  graph = await startGraph({ CORS_ORIGINS: 'https://job.seoul.go.kr' });
  kid =
    ((await (await fetch(graph.identity.jwksUrl)).json()) as { keys: JWK[] }).keys[0]?.kid ?? '';
});
afterAll(() => graph?.close());

const JOURNEY = /* GraphQL */ `
  query Journey($id: ID!) {
    person(id: $id) {
      id
      programApplications { status }
      consultations { status }
      talentProfile { name phone birthDate }
      caseFiles { stage name phone }
      employmentInsuranceRecords { acquiredOn }
    }
  }
`;

/** A token made by an attacker, signed with their own key under the provider's key id. */
async function attackerToken(
  change: {
    alg?: 'RS256' | 'ES256';
    issuer?: string;
    audience?: string;
    expires?: string;
    notBefore?: string;
    header?: Record<string, unknown>;
  } = {},
) {
  const alg = change.alg ?? 'RS256';
  const { privateKey } = await generateKeyPair(alg);
  let jwt = new SignJWT({ roles: ['admin'], scope: 'casefiles:read casefiles:write' })
    .setProtectedHeader({ alg, kid, ...change.header })
    .setIssuer(change.issuer ?? graph.identity.issuer)
    .setAudience(change.audience ?? 'jobgraph')
    .setSubject('admin-01')
    .setIssuedAt()
    .setExpirationTime(change.expires ?? '10m');
  if (change.notBefore) jwt = jwt.setNotBefore(change.notBefore);
  return jwt.sign(privateKey);
}

describe('tokens an attacker makes', () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ['forged (own key, provider’s key id)', () => attackerToken(), /bad-signature/],
    [
      'alg none',
      async () =>
        new UnsecuredJWT({ roles: ['admin'] })
          .setSubject('admin-01')
          .setIssuer(graph.identity.issuer)
          .setAudience('jobgraph')
          .setExpirationTime('10m')
          .encode(),
      /algorithm-not-allowed/,
    ],
    [
      'algorithm confusion (HS256 keyed with the public JWKS)',
      async () => {
        const jwks = await (await fetch(graph.identity.jwksUrl)).text();
        return new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256', kid })
          .setSubject('admin-01')
          .setIssuer(graph.identity.issuer)
          .setAudience('jobgraph')
          .setExpirationTime('10m')
          .sign(new TextEncoder().encode(jwks));
      },
      /algorithm-not-allowed/,
    ],
    [
      'a key of its own in the header (jwk)',
      async () => {
        const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
        return new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'RS256', jwk: await exportJWK(publicKey) })
          .setSubject('admin-01')
          .setIssuer(graph.identity.issuer)
          .setAudience('jobgraph')
          .setExpirationTime('10m')
          .sign(privateKey);
      },
      /untrusted-key-header/,
    ],
    ['not a JWT at all', async () => 'hello.world.token', /malformed/],
  ];
  for (const [what, make, reason] of cases) {
    it(`refuses ${what} with UNAUTHENTICATED (401) and no data`, async () => {
      const response = await fetch(graph.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await make()}` },
        body: JSON.stringify({ query: JOURNEY, variables: { id: 'M00000001' } }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as {
        data?: unknown;
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(body.data).toBeUndefined();
      expect(body.errors.map((error) => error.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(body.errors[0]?.message).toMatch(reason);
    });
  }
});

describe('tokens the provider signed, with a claim wrong', () => {
  it('refuses wrong-issuer, wrong-audience, expired and not-yet-valid tokens', async () => {
    // Gateways that expect another issuer / audience see the provider's real tokens as wrong.
    const otherIssuer = await graph.startGateway({
      AUTH_ISSUER: 'https://login.elsewhere.example',
    });
    const otherAudience = await graph.startGateway({ AUTH_AUDIENCE: 'another-service' });
    const headers = await graph.signIn('M00000001');
    for (const [gateway, reason] of [
      [otherIssuer, /wrong-issuer/],
      [otherAudience, /wrong-audience/],
    ] as const) {
      const response = await graphql(gateway.url, JOURNEY, { id: 'M00000001' }, headers);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.message).toMatch(reason);
    }
    for (const [timing, reason] of [
      [{ expires: -120 }, /expired/],
      [{ notBefore: 600 }, /not-yet-valid/],
    ] as const) {
      const token = await graph.identity.issue('M00000001', timing);
      const response = await graphql(
        graph.gateway.url,
        JOURNEY,
        { id: 'M00000001' },
        { authorization: `Bearer ${token}` },
      );
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.message).toMatch(reason);
    }
  });
});

describe('what each caller sees', () => {
  it('shows a member their own journey, across agencies', async () => {
    const response = await graphql<{ person: Record<string, unknown> }>(
      graph.gateway.url,
      JOURNEY,
      { id: 'M00000001' },
      await graph.signIn('M00000001'),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.person).toMatchObject({
      programApplications: [{ status: 'SUBMITTED' }],
      talentProfile: { name: '김영수', phone: '010-2001-0001', birthDate: '1968-03-14' },
      caseFiles: [{ stage: 'PLAN', name: '김영수' }],
    });
  });

  it('shows a member nothing of another person, and names no personal data in the errors', async () => {
    const response = await graphql(
      graph.gateway.url,
      JOURNEY,
      { id: 'M00000005' },
      await graph.signIn('M00000001'),
    );
    const text = JSON.stringify(response);
    expect(new Set(errorCodes(response))).toEqual(new Set(['FORBIDDEN']));
    for (const secret of ['정민수', '010-2001-0005', '1997-01-30', 'SUBMITTED', 'noryangjin']) {
      expect(text).not.toContain(secret);
    }
  });

  it('shows an anonymous caller public data only, with UNAUTHENTICATED where it asked for more', async () => {
    const response = await graphql<{ region: { name: string }; person: unknown }>(
      graph.gateway.url,
      `{ region(code: "11590") { name } person(id: "M00000001") { id caseFiles { stage } } }`,
    );
    expect(response.data?.region.name).toBe('동작구');
    expect(errorCodes(response)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(response.data)).not.toContain('PLAN');
  });

  it('refuses a counselor of one agency the case files of another', async () => {
    const districtStaff = {
      ...(await graph.signIn('st-dongjak-01')),
      'x-access-reason': 'desk follow-up',
    };
    const response = await graphql(
      graph.gateway.url,
      '{ person(id: "M00000001") { caseFiles { stage name } } }',
      undefined,
      districtStaff,
    );
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(response)).not.toContain('김영수');
  });

  it('lets a Ministry counselor read a case file with a reason, and records the read', async () => {
    const counselor = {
      ...(await graph.signIn('cs-gwanak-01')),
      'x-access-reason': 'weekly case review',
    };
    const response = await graphql<{ person: { caseFiles: Array<{ name: string }> } }>(
      graph.gateway.url,
      '{ person(id: "M00000001") { caseFiles { stage name } } }',
      undefined,
      counselor,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.person.caseFiles[0]?.name).toBe('김영수');
    const rows = await graph.subgraphs.ministry.sql<{ account: string; reason: string }[]>`
      select account, reason from ministry.access_log where subject_person_id = 'M00000001'`;
    expect(rows).toContainEqual({ account: 'cs-gwanak-01', reason: 'weekly case review' });
  });
});

describe('calls that go around the gateway', () => {
  it('are anonymous at the subgraph, whatever identity header they forge', async () => {
    const forged = { [IDENTITY_HEADER]: await attackerToken() };
    const response = await graphql(
      graph.subgraphs.ministry.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { caseFiles { name } } } }`,
      { r: [{ __typename: 'Person', id: 'M00000001' }] },
      forged,
    );
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain('김영수');
  });

  it('cannot smuggle an identity header through the gateway', async () => {
    const response = await graphql(
      graph.gateway.url,
      '{ person(id: "M00000001") { caseFiles { name } } }',
      undefined,
      { [IDENTITY_HEADER]: await attackerToken() },
    );
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('hardening', () => {
  it('turns off introspection, field suggestions and GraphiQL in production mode', async () => {
    const production = await graph.startGateway({ MODE: 'production' });
    const introspection = await graphql(production.url, '{ __schema { types { name } } }');
    expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await graphql(production.url, '{ regoin(code: "11") { name } }');
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('GraphiQL');
    // Development mode keeps them for developers.
    const development = await graphql(graph.gateway.url, '{ __schema { queryType { name } } }');
    expect(development.errors).toBeUndefined();
  });

  it('refuses deeply nested, alias-heavy and oversized operations with clear errors', async () => {
    const deep = `{ region(code: "11") { ${'children { '.repeat(14)}code${' }'.repeat(14)} } }`;
    const depth = await graphql(graph.gateway.url, deep);
    expect(depth.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 30 }, (_, index) => `a${index}: region(code: "11") { name }`).join(' ')} }`;
    const tooManyAliases = await graphql(graph.gateway.url, aliases);
    expect(tooManyAliases.errors?.[0]?.message).toMatch(/alias/i);
    const tokens = `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }`;
    const tooManyTokens = await graphql(graph.gateway.url, tokens);
    expect(tooManyTokens.status).toBe(400);
    expect(tooManyTokens.errors?.[0]?.message).toMatch(/more th.t 3000 tokens/);
    const huge = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(2 * 1024 * 1024)}` }),
    });
    expect(huge.status).toBe(413);
  });

  it('refuses batches beyond the limit and cross-site requests without a preflight', async () => {
    const batch = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    const simpleGet = await fetch(
      `${graph.gateway.url}?query=${encodeURIComponent('{ __typename }')}`,
    );
    expect(simpleGet.status).toBe(400);
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const allowed = await fetch(graph.gateway.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://job.seoul.go.kr', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://job.seoul.go.kr');
    const other = await fetch(graph.gateway.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
