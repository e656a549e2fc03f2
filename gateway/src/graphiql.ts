import express, { type Request, type Router } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * GraphiQL, served by the gateway itself: the page at `GET /graphql` (for a browser, `Accept: text/html`) and every
 * script, style and font it uses under `/graphiql/`, from npm packages installed with the gateway. Nothing is loaded
 * from another host (Apollo's Sandbox came from Apollo's and Google's servers and reported usage to them; offline it
 * showed a blank page), and the page's own script is a file, so the Content-Security-Policy can forbid inline scripts.
 * The packages: graphiql 3 (its prebuilt UMD bundle, fonts inlined as data: URLs) and React 18's UMD builds, all MIT.
 */
export interface GraphiqlOptions {
  /** Whether the page is served at all (default: on outside production, off in production; GATEWAY_GRAPHIQL). */
  enabled: boolean;
  /** How to get a token, shown in the preloaded operation, e.g. the dev issuer's `curl … /token`. */
  tokenHint?: string;
}

/** Where the page's files are served from. */
export const GRAPHIQL_ASSET_PATH = '/graphiql';

/**
 * Same origin only. Styles allow 'unsafe-inline' because CodeMirror and React position popups with style attributes;
 * scripts are the files below and nothing else (no inline script, no eval). The fonts are data: URLs inside
 * GraphiQL's CSS.
 */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function packageDir(name: string): string {
  // graphiql's `exports` hides its prebuilt bundle; its package.json is always exported.
  return dirname(require.resolve(`${name}/package.json`));
}

/** The gateway package's folder, from its source (ts-jest) or its build (dist/src) alike. */
function gatewayRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

/** The files the page loads, by the name they are served under. Production builds of React 18 (UMD, no bundler). */
function assetFiles(): Record<string, { path: string; type: string }> {
  const own = join(gatewayRoot(), 'assets', 'graphiql');
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  return {
    'react.production.min.js': { path: join(packageDir('react'), 'umd', 'react.production.min.js'), type: js },
    'react-dom.production.min.js': {
      path: join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
      type: js,
    },
    'graphiql.min.js': { path: join(packageDir('graphiql'), 'graphiql.min.js'), type: js },
    'graphiql.min.css': { path: join(packageDir('graphiql'), 'graphiql.min.css'), type: css },
    'veiinn-graphiql.js': { path: join(own, 'veiinn-graphiql.js'), type: js },
    'veiinn-graphiql.css': { path: join(own, 'veiinn-graphiql.css'), type: css },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(options: GraphiqlOptions): string {
  const asset = (name: string) => `${GRAPHIQL_ASSET_PATH}/${name}`;
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <meta name="veiinn-token-hint" content="${escapeHtml(options.tokenHint ?? '')}" />
    <title>Veiinn – GraphiQL</title>
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <link rel="stylesheet" href="${asset('veiinn-graphiql.css')}" />
  </head>
  <body>
    <div id="graphiql">
      <p class="veiinn-loading">Laster GraphiQL … / Loading GraphiQL …</p>
      <noscript>GraphiQL trenger JavaScript. / GraphiQL needs JavaScript.</noscript>
    </div>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script src="${asset('veiinn-graphiql.js')}"></script>
  </body>
</html>
`;
}

const SECURITY_HEADERS = {
  'content-security-policy': GRAPHIQL_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

/** A browser asking for a page, not a client asking for JSON (curl and fetch send `*\/*`, which picks JSON). */
export function wantsGraphiql(req: Request): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') && req.accepts(['application/json', 'text/html']) === 'text/html'
  );
}

/** The page (mount before the GraphQL middleware at `/graphql`) and its files (at GRAPHIQL_ASSET_PATH). */
export function graphiqlRoutes(options: GraphiqlOptions): { page: express.RequestHandler; assets: Router } {
  const html = page(options);
  // Read once at start: a missing package is a broken install, better told at start than at the first visit.
  const files = Object.fromEntries(
    Object.entries(assetFiles()).map(([name, file]) => [name, { body: readFileSync(file.path), type: file.type }]),
  );
  const assets = express.Router();
  assets.get('/:name', (req, res, next) => {
    const file = Object.hasOwn(files, req.params.name) ? files[req.params.name] : undefined;
    if (!file) return next();
    res.set({ ...SECURITY_HEADERS, 'content-type': file.type, 'cache-control': 'public, max-age=3600' });
    res.send(file.body);
  });
  return {
    page: (req, res, next) => {
      // A GET with a query in the URL is an operation, whatever the browser accepts.
      if (!wantsGraphiql(req) || req.query.query !== undefined) return next();
      res.set({ ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.vary('Accept');
      res.send(html);
    },
    assets,
  };
}
