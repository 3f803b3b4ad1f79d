/**
 * The reference: @apollo/gateway with its default settings (IntrospectAndCompose, the default
 * make-fetch-happen fetcher) behind Apollo Server's standalone server. Run as its own process so
 * that its CPU time is measured alone.
 */
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const [subgraphList = '', port = '4510'] = process.argv.slice(2);
const subgraphs = subgraphList.split(',').map((entry) => {
  const [name = '', url = ''] = entry.split('=');
  return { name, url };
});

const server = new ApolloServer({
  gateway: new ApolloGateway({ supergraphSdl: new IntrospectAndCompose({ subgraphs }) }),
});
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port), host: '127.0.0.1' },
});
process.stdout.write(`ready ${url}\n`);
