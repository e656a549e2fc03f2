// Stock @apollo/gateway for the benchmark (npm run bench): the same supergraph and subgraphs as our gateway, with the
// minimum that lets it talk to them. It verifies the client's bearer token (same JWKS, issuer and audience) and signs
// the caller token every subgraph demands (x-veiinn-caller, with the gateway's internal key, once per subgraph
// request), on the supergraph stripped of the access directives Apollo Gateway cannot load; nothing else: no authorization, audit, limits, rate limits, trusted documents or request ids.
// docs/performance.md says exactly what it does and does not do.
// Env: STOCK_PORT, STOCK_SUPERGRAPH_PATH, SUBGRAPH_<NAME>_URL, GATEWAY_JWKS_URL, GATEWAY_JWT_ISSUER,
// GATEWAY_INTERNAL_KEY_PATH.
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const kit = require(join(root, 'packages/kit/dist/src/index.js'));
// Apollo Gateway refuses a supergraph that links @authenticated/@requiresScopes/@policy for SECURITY; our gateway
// strips them (and enforces them itself). Stock gets the same stripped supergraph and enforces nothing.
const { splitAccessDirectives } = require(join(root, 'gateway/dist/src/access-directives.js'));

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const urls = {};
for (const [key, value] of Object.entries(process.env)) {
  const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
  if (match && value) urls[match[1].toLowerCase().replace(/_/g, '-')] = value;
}
const internalKey = await kit.loadOrCreateSigningKey(env('GATEWAY_INTERNAL_KEY_PATH'), 'EdDSA', { create: false });
const jwks = createRemoteJWKSet(new URL(env('GATEWAY_JWKS_URL')));
const issuer = env('GATEWAY_JWT_ISSUER');

const gateway = new ApolloGateway({
  supergraphSdl: splitAccessDirectives(readFileSync(env('STOCK_SUPERGRAPH_PATH'), 'utf8')).sdl,
  buildService: ({ name, url }) =>
    new RemoteGraphQLDataSource({
      url: urls[name] ?? url,
      async willSendRequest({ request, context }) {
        const caller = context.caller ?? kit.ANONYMOUS_CALLER;
        request.http.headers.set(
          kit.CALLER_HEADER,
          await kit.signCallerToken(internalKey, {
            audience: name,
            caller: kit.callerFor(name, caller),
            requestId: randomUUID(),
          }),
        );
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(env('STOCK_PORT')), host: '127.0.0.1' },
  async context({ req }) {
    const header = req.headers.authorization;
    if (!header?.startsWith('Bearer ')) return { caller: null };
    const { payload } = await jwtVerify(header.slice('Bearer '.length), jwks, { issuer, audience: 'veiinn-gateway' });
    return { caller: kit.callerFromClaims(payload) };
  },
});
process.stdout.write(`stock gateway at ${url}\n`);
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.send) process.on('disconnect', stop);
