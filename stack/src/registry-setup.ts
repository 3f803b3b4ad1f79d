import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { generateInternalKeyPair } from '@jobgraph/auth';
import { type PublishResult, RegistryClient } from '@jobgraph/schema-registry/client';

export interface RegistryKeys {
  readonly privateJwk: string;
  readonly publicJwk: string;
}

/**
 * The registry's signing key for this checkout, kept beside the database: the gateway's saved
 * supergraph stays verifiable across restarts.
 */
export async function registryKeys(path: string): Promise<RegistryKeys> {
  try {
    const saved = JSON.parse(await readFile(path, 'utf8')) as RegistryKeys;
    if (saved.privateJwk && saved.publicJwk) return saved;
  } catch {
    // First start: make one.
  }
  const pair = await generateInternalKeyPair();
  const keys = {
    privateJwk: JSON.stringify(pair.privateJwk),
    publicJwk: JSON.stringify(pair.publicJwk),
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

export const newAdminToken = () => `jgr_${randomBytes(32).toString('base64url')}`;

export interface OwnedSubgraph {
  readonly name: string;
  readonly owner: string;
  readonly url: string;
  /** Published with the other founders, as one change, by the operator. */
  readonly founding: boolean;
}

export interface PublishedGraph {
  /** Publisher tokens by owner, for the README's check/publish walk-through. */
  readonly publisherTokens: Readonly<Record<string, string>>;
}

async function servedSdl(url: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`${url} did not serve its SDL`);
  return sdl;
}

function refusal(name: string, result: PublishResult): Error {
  const problems = [
    ...result.check.blockers.map((blocker) => `${blocker.code}: ${blocker.message}`),
    ...result.check.composition.problems.map((problem) => `  ${problem.code} ${problem.message}`),
  ];
  return new Error(`the registry refused ${name}:\n  ${problems.join('\n  ')}`);
}

/**
 * What the operator of `pnpm start` does: a publisher token per owner, each subgraph published
 * with its owner's token (the first time, the operator approves it as a new member; a breaking
 * change made while developing is approved too, as the operator's decision). Founders are
 * published together, before the others of the same call.
 */
export async function publishSubgraphs(
  registryUrl: string,
  adminToken: string,
  subgraphs: readonly OwnedSubgraph[],
  log: (message: string) => void,
): Promise<PublishedGraph> {
  const admin = new RegistryClient({ url: registryUrl, token: adminToken });
  const publisherTokens: Record<string, string> = {};
  for (const owner of new Set(subgraphs.map((subgraph) => subgraph.owner))) {
    const issued = await admin.issueToken({
      role: 'publisher',
      owner,
      label: `pnpm start: ${owner}`,
      expiresInDays: 30,
    });
    publisherTokens[owner] = issued.secret;
  }
  const founders = subgraphs.filter((subgraph) => subgraph.founding);
  if (founders.length > 0) {
    const founded = await admin.publishTogether(
      await Promise.all(
        founders.map(async (subgraph) => ({
          name: subgraph.name,
          owner: subgraph.owner,
          url: subgraph.url,
          sdl: await servedSdl(subgraph.url),
        })),
      ),
    );
    if (!founded.published) throw refusal(founded.check.subgraph, founded);
    if (!founded.unchanged) {
      log(
        `registry   published ${founded.check.subgraph} as supergraph version ${founded.supergraphVersion}`,
      );
    }
  }
  for (const subgraph of subgraphs.filter((candidate) => !candidate.founding)) {
    const publisher = new RegistryClient({
      url: registryUrl,
      token: publisherTokens[subgraph.owner] as string,
    });
    const input = { sdl: await servedSdl(subgraph.url), url: subgraph.url };
    let result = await publisher.publish(subgraph.name, input);
    const blockers = new Set(result.check.blockers.map((blocker) => blocker.code));
    if (!result.published && blockers.has('NEW_SUBGRAPH')) {
      log(`registry   ${subgraph.name} is new: approving it as a member (${subgraph.owner})`);
      await admin.approveMembership(subgraph.name);
      result = await publisher.publish(subgraph.name, input);
    }
    if (
      !result.published &&
      result.check.blockers.every((blocker) => blocker.code === 'BREAKING_CHANGE')
    ) {
      log(`registry   ${subgraph.name} changed its API incompatibly: approving it as the operator`);
      await admin.approveCheck(result.check.id);
      result = await publisher.publish(subgraph.name, input);
    }
    if (!result.published) throw refusal(subgraph.name, result);
    if (!result.unchanged) {
      log(
        `registry   published ${subgraph.name} as supergraph version ${result.supergraphVersion}`,
      );
    }
  }
  return { publisherTokens };
}

/** A token for the gateway to follow the registry with. */
export async function issueGatewayToken(registryUrl: string, adminToken: string): Promise<string> {
  const admin = new RegistryClient({ url: registryUrl, token: adminToken });
  const gateway = await admin.issueToken({
    role: 'gateway',
    label: 'pnpm start: gateway',
    expiresInDays: 30,
  });
  return gateway.secret;
}
