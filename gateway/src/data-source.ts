import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { IDENTITY_HEADER } from '@jobgraph/auth';
import type { Fetcher } from './fetcher.js';

/** What the data source needs from the request context. */
export interface IdentityCarrier {
  /** The caller's identity signed for the subgraphs, made once per request (undefined: nobody). */
  readonly signedIdentity?: () => Promise<string | undefined>;
}

/**
 * How the gateway calls one subgraph: our keep-alive fetcher, and the caller's identity as the
 * gateway signed it. Nothing the client sent is forwarded, so a client cannot claim an identity.
 */
class SubgraphDataSource extends RemoteGraphQLDataSource<IdentityCarrier> {
  override async willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<IdentityCarrier>['willSendRequest']>>[0]) {
    const token = await context?.signedIdentity?.();
    if (token) request.http?.headers.set(IDENTITY_HEADER, token);
  }
}

export function subgraphDataSource(url: string, fetcher: Fetcher): RemoteGraphQLDataSource {
  return new SubgraphDataSource({ url, fetcher }) as unknown as RemoteGraphQLDataSource;
}
