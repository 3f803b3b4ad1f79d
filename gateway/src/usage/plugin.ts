import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { usedCoordinates } from './coordinates.js';
import type { UsageReporter } from './reporter.js';

const CACHE_LIMIT = 2000;

/**
 * Records which coordinates each operation used, by client (`apollographql-client-name` and
 * `-version` headers, as Apollo's clients send them). Coordinates are computed once per
 * operation text and schema.
 */
export function usageReportingPlugin(reporter: UsageReporter): ApolloServerPlugin<BaseContext> {
  let cachedFor: GraphQLSchema | undefined;
  const cache = new Map<string, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, queryHash, request }) {
          if (cachedFor !== schema) {
            cache.clear();
            cachedFor = schema;
          }
          let coordinates = cache.get(queryHash);
          if (!coordinates) {
            coordinates = usedCoordinates(schema, document);
            if (cache.size >= CACHE_LIMIT) cache.clear();
            cache.set(queryHash, coordinates);
          }
          const headers = request.http?.headers;
          reporter.record(
            coordinates,
            headers?.get('apollographql-client-name')?.slice(0, 100) || 'unknown',
            headers?.get('apollographql-client-version')?.slice(0, 100) || 'unknown',
          );
        },
      };
    },
  };
}
