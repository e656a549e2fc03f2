// The benchmark's floor: a bare @apollo/server that answers `{ __typename }` and nothing else, on a plain HTTP server
// (@apollo/server/standalone). Its CPU per request is the cost of HTTP and GraphQL alone, which each subgraph's main
// queries are divided by (docs/performance.md). Env: BARE_PORT.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.BARE_PORT), host: '127.0.0.1' },
});
process.stdout.write(`bare server at ${url}\n`);
const stop = () => server.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
if (process.send) process.on('disconnect', stop);
