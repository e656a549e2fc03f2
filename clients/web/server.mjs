// The web app's static server (`npm start` runs it): serves the Vite build in dist/ on WEB_PORT (3000), every
// unknown path as index.html (the app routes in the browser), with security headers. /config.json tells the app
// where the gateway (WEB_GATEWAY_URL) and the sign-in (WEB_ISSUER_URL, WEB_CLIENT_ID) are; the
// Content-Security-Policy lets it connect there and nowhere else.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('./dist', import.meta.url));
const port = Number(process.env.WEB_PORT ?? 3000);
const host = process.env.WEB_HOST ?? '127.0.0.1';
const gatewayUrl = process.env.WEB_GATEWAY_URL ?? 'http://localhost:4000/graphql';
const gatewayOrigin = new URL(gatewayUrl).origin;
// The OpenID Connect issuer the app signs in with (ID-porten in production) and the app's client id there.
const issuerUrl = process.env.WEB_ISSUER_URL ?? 'http://localhost:4010';
const issuerOrigin = new URL(issuerUrl).origin;
const clientId = process.env.WEB_CLIENT_ID ?? 'veiinn-web';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

// No inline scripts or styles in the markup; React's style props go through the DOM (CSSOM), which CSP allows.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  // The graph, and the issuer's discovery, keys and token endpoint (the sign-in itself is a page navigation).
  `connect-src 'self' ${gatewayOrigin} ${issuerOrigin}`,
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No build in ${dist}: run \`npm run build -w clients/web\` first.`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const send = (status, type, body, extra = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
    res.end(body);
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(405, 'text/plain; charset=utf-8', 'Method not allowed', { allow: 'GET, HEAD' });
  }
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/health') return send(200, 'application/json', '{"status":"ok"}', { 'cache-control': 'no-store' });
  if (path === '/config.json') {
    return send(200, TYPES['.json'], JSON.stringify({ gatewayUrl, issuerUrl, clientId }), {
      'cache-control': 'no-store',
    });
  }
  const file = normalize(join(dist, path));
  const inside = file === dist || file.startsWith(dist + sep);
  const isFile = inside && existsSync(file) && statSync(file).isFile();
  // Paths with a file extension that do not exist are 404; any other path is a route of the app.
  if (!isFile && extname(path)) return send(404, 'text/plain; charset=utf-8', 'Not found');
  const target = isFile ? file : join(dist, 'index.html');
  const hashed = target.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(target).pipe(res);
});

server.listen(port, host, () => console.log(`Web app on http://localhost:${port} (gateway ${gatewayUrl})`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// `npm start` runs this with an IPC channel; when that closes, the parent is gone.
process.on('disconnect', stop);
