import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Fetcher } from './fetcher.js';

/** How the gateway calls one subgraph: our keep-alive fetcher, nothing else changed (yet). */
export function subgraphDataSource(url: string, fetcher: Fetcher): RemoteGraphQLDataSource {
  return new RemoteGraphQLDataSource({ url, fetcher });
}
