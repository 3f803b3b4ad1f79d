/**
 * The reference: @apollo/gateway with its default settings (IntrospectAndCompose, the default
 * make-fetch-happen fetcher) behind Apollo Server's standalone server. Run as its own process so
 * that its CPU time is measured alone.
 */
import { ApolloGateway, IntrospectAndCompose, type SupergraphManager } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { acceptAuthorizationFeatures } from '@jobgraph/gateway';

const [subgraphList = '', port = '4510'] = process.argv.slice(2);
const subgraphs = subgraphList.split(',').map((entry) => {
  const [name = '', url = ''] = entry.split('=');
  return { name, url };
});

// The graph links the federation authorization features, which @apollo/gateway refuses to load
// unless told they are enforced elsewhere; the benchmark's operations are public, so the
// reference is handed the same supergraph with that refusal lifted and nothing else changed.
const introspectAndCompose = new IntrospectAndCompose({ subgraphs });
const supergraphSdl: SupergraphManager = {
  async initialize(options) {
    const { supergraphSdl, cleanup } = await introspectAndCompose.initialize(options);
    return { supergraphSdl: acceptAuthorizationFeatures(supergraphSdl), cleanup };
  },
};
const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port), host: '127.0.0.1' },
});
process.stdout.write(`ready ${url}\n`);
