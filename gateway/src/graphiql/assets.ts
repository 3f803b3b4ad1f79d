import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RouteHandler } from '@jobgraph/graphql-server';
import { respondJson } from '@jobgraph/graphql-server';

const require = createRequire(import.meta.url);

/** GraphiQL and React served from their npm packages: the page loads nothing from a CDN. */
const ASSETS: Record<
  string,
  { readonly pkg: string; readonly file: string; readonly type: string }
> = {
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
  'react.production.min.js': {
    pkg: 'react',
    file: 'umd/react.production.min.js',
    type: 'text/javascript',
  },
  'react-dom.production.min.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
};

/** A file inside an installed package, found from its package.json (React's exports map hides
 * its UMD builds from `require.resolve`). */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

export const GRAPHIQL_PREFIX = '/graphiql/';

/** The boot script, a file rather than inline so the page's CSP can forbid inline scripts. */
const BOOT_SCRIPT = `
const fetcher = GraphiQL.createFetcher({ url: document.body.dataset.endpoint });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }),
);
`;

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>jobgraph — GraphiQL</title>
    <link rel="stylesheet" href="${GRAPHIQL_PREFIX}graphiql.min.css" />
    <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  </head>
  <body data-endpoint="${endpoint}">
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="${GRAPHIQL_PREFIX}react.production.min.js"></script>
    <script src="${GRAPHIQL_PREFIX}react-dom.production.min.js"></script>
    <script src="${GRAPHIQL_PREFIX}graphiql.min.js"></script>
    <script src="${GRAPHIQL_PREFIX}boot.js"></script>
  </body>
</html>`;
}

/** Routes for `/graphiql/<asset>`, each file read once and kept in memory. */
export function graphiqlAssetRoutes(): Record<string, RouteHandler> {
  const cache = new Map<string, Buffer>();
  const routes: Record<string, RouteHandler> = {
    [`${GRAPHIQL_PREFIX}boot.js`]: async (_request, response) => {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      response.end(BOOT_SCRIPT);
    },
  };
  for (const [name, asset] of Object.entries(ASSETS)) {
    routes[`${GRAPHIQL_PREFIX}${name}`] = async (_request, response) => {
      let body = cache.get(name);
      if (!body) {
        try {
          body = await readFile(packageFile(asset.pkg, asset.file));
        } catch {
          respondJson(response, 404, { error: 'not found' });
          return;
        }
        cache.set(name, body);
      }
      response.writeHead(200, {
        'content-type': `${asset.type}; charset=utf-8`,
        'cache-control': 'public, max-age=86400',
      });
      response.end(body);
    };
  }
  return routes;
}
