import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerClientErrorsAsJson } from './http-errors';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Binds an HTTP server that serves GraphQL at /graphql and returns its URL and a `stop` that stops accepting,
 * lets requests in flight finish (the drain plugin), then releases the port. Used by subgraphs and the gateway.
 */
export async function listenGraphQL(
  httpServer: Server,
  apollo: { stop(): Promise<void> },
  port: number,
  host: string,
): Promise<RunningServer> {
  // A server must keep an idle connection open longer than its clients do: with Node's default of 5 s, the server
  // could close a socket just as the gateway's keep-alive agent reused it, and that request died with "socket hang
  // up". Clients let idle sockets go well within a minute.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  answerClientErrorsAsJson(httpServer);
  await new Promise<void>((done, fail) => {
    httpServer.once('error', fail);
    httpServer.listen(port, host, () => done());
  });
  const bound = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${host}:${bound}/graphql`,
    port: bound,
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((done) => httpServer.close(() => done()));
    },
  };
}
