import type { CheckReport, PublishResult } from '../check/report.js';
import type { SupergraphArtifact } from './artifact.js';

/** An answer of the registry other than success, with its stable code. */
export class RegistryRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RegistryRequestError';
  }
}

export interface RegistryClientOptions {
  readonly url: string;
  readonly token: string;
  /** Per request, except long-polls (which add their wait). */
  readonly timeoutMs?: number;
}

/** The registry's HTTP API, for the CLI, the gateway, `pnpm start` and tests. */
export class RegistryClient {
  private readonly base: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: RegistryClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  async request<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
    extra: { readonly timeoutMs?: number; readonly signal?: AbortSignal } = {},
  ): Promise<T | undefined> {
    const timeout = AbortSignal.timeout(extra.timeoutMs ?? this.timeoutMs);
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.options.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: extra.signal ? AbortSignal.any([timeout, extra.signal]) : timeout,
    });
    if (response.status === 204) return undefined;
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new RegistryRequestError(
        response.status,
        'BAD_RESPONSE',
        `HTTP ${response.status}: ${text.slice(0, 200)}`,
      );
    }
    if (!response.ok) {
      const error = (parsed as { error?: { code?: string; message?: string } }).error;
      throw new RegistryRequestError(
        response.status,
        error?.code ?? 'HTTP_ERROR',
        error?.message ?? `HTTP ${response.status}`,
      );
    }
    return parsed as T;
  }

  private async expect<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<T> {
    return (await this.request<T>(method, path, body)) as T;
  }

  check(name: string, input: { sdl: string; url?: string }): Promise<CheckReport> {
    return this.expect('POST', `/v1/subgraphs/${encodeURIComponent(name)}/check`, input);
  }

  publish(name: string, input: { sdl: string; url: string }): Promise<PublishResult> {
    return this.expect('POST', `/v1/subgraphs/${encodeURIComponent(name)}/publish`, input);
  }

  /** Several subgraphs as one change (admin): one check, one supergraph version. */
  publishTogether(
    subgraphs: ReadonlyArray<{ name: string; owner: string; sdl: string; url: string }>,
  ): Promise<PublishResult> {
    return this.expect('POST', '/v1/graph/publish', { subgraphs });
  }

  deleteSubgraph(name: string): Promise<PublishResult> {
    return this.expect('DELETE', `/v1/subgraphs/${encodeURIComponent(name)}`);
  }

  approveMembership(name: string): Promise<{ subgraph: string; owner: string; status: string }> {
    return this.expect('POST', `/v1/subgraphs/${encodeURIComponent(name)}/approve-membership`, {});
  }

  approveCheck(
    checkId: string,
  ): Promise<{ approved: Array<{ kind: string; coordinate: string; changeKey: string }> }> {
    return this.expect('POST', `/v1/checks/${encodeURIComponent(checkId)}/approve`, {});
  }

  subgraphs(): Promise<Array<{ name: string; owner: string; status: string }>> {
    return this.expect('GET', '/v1/subgraphs');
  }

  subgraphHistory(
    name: string,
    limit = 50,
  ): Promise<{
    subgraph: { name: string; owner: string; status: string };
    versions: Array<{
      version: number;
      createdAt: string;
      url: string;
      sdlHash: string;
      by: string | null;
    }>;
  }> {
    return this.expect('GET', `/v1/subgraphs/${encodeURIComponent(name)}/history?limit=${limit}`);
  }

  supergraphHistory(limit = 50): Promise<
    Array<{
      version: number;
      createdAt: string;
      cause: string;
      subject: string;
      members: Array<{ subgraph: string; versionId: number }>;
      by: string | null;
    }>
  > {
    return this.expect('GET', `/v1/supergraph/history?limit=${limit}`);
  }

  supergraphDiff(
    from: number,
    to: number,
  ): Promise<
    Array<{ type: string; criticality: string; coordinate: string | null; message: string }>
  > {
    return this.expect('GET', `/v1/supergraph/diff?from=${from}&to=${to}`);
  }

  supergraphVersion(version: number): Promise<SupergraphArtifact> {
    return this.expect('GET', `/v1/supergraph/versions/${version}`);
  }

  rollback(to: number): Promise<{ version: number; unchanged: boolean }> {
    return this.expect('POST', '/v1/supergraph/rollback', { to });
  }

  /** The live supergraph if newer than `after`; waits up to `waitSeconds` for one (long-poll). */
  latestSupergraph(
    after: number | null,
    waitSeconds = 0,
    signal?: AbortSignal,
  ): Promise<SupergraphArtifact | undefined> {
    const query = new URLSearchParams();
    if (after !== null) query.set('after', String(after));
    if (waitSeconds > 0) query.set('wait', String(waitSeconds));
    return this.request('GET', `/v1/supergraph?${query}`, undefined, {
      timeoutMs: this.timeoutMs + waitSeconds * 1000,
      ...(signal ? { signal } : {}),
    });
  }

  reportUsage(
    entries: ReadonlyArray<{
      day: string;
      coordinate: string;
      clientName: string;
      clientVersion: string;
      operations: number;
    }>,
  ): Promise<{ recorded: number }> {
    return this.expect('POST', '/v1/usage', { entries });
  }

  issueToken(request: {
    role: 'admin' | 'publisher' | 'gateway';
    owner?: string;
    label: string;
    expiresInDays?: number;
  }): Promise<{
    id: string;
    secret: string;
    role: string;
    owner: string | null;
    label: string;
    expiresAt: string;
  }> {
    return this.expect('POST', '/v1/tokens', request);
  }

  tokens(): Promise<
    Array<{
      id: string;
      role: string;
      owner: string | null;
      label: string;
      expiresAt: string;
      revokedAt: string | null;
      createdAt: string;
    }>
  > {
    return this.expect('GET', '/v1/tokens');
  }

  revokeToken(id: string): Promise<{ id: string; label: string }> {
    return this.expect('DELETE', `/v1/tokens/${encodeURIComponent(id)}`);
  }

  audit(limit = 100): Promise<
    Array<{
      id: number;
      at: string;
      tokenLabel: string | null;
      owner: string | null;
      action: string;
      subject: string;
      outcome: string;
      clientAddress: string | null;
      detail: unknown;
    }>
  > {
    return this.expect('GET', `/v1/audit?limit=${limit}`);
  }
}
