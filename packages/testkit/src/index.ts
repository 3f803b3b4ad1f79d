export { scratchDatabase, subgraphDatabase } from './database.js';
export { errorCodes, type GraphQLResponse, graphql } from './graphql-client.js';
export { analyst, asViewer, citizen, counselor } from './identity.js';
export { startTestSubgraph, type TestSubgraph, testSubgraphConfig } from './subgraph.js';
