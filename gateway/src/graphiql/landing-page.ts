import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlPage } from './assets.js';

/** Serves GraphiQL where browsers open the endpoint (GET with Accept: text/html). */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: graphiqlPage(endpoint) };
        },
      };
    },
  };
}
