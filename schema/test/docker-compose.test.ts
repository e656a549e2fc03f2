/**
 * docker-compose.yml is never started in CI (no Docker engine there), so this test is what keeps it in step with
 * the subgraph registry: a new subgraph, a changed port or a renamed entry point fails here, not on a user's machine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { GATEWAY_DEFAULT_PORT, subgraphRegistry, type SubgraphEntry } from '../src/registry';

const repoRoot = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');

interface ComposeService {
  build?: unknown;
  profiles?: string[];
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
  image?: string;
  ports?: (string | number | { published?: string | number; target?: number })[];
  volumes?: (string | { source?: string; target?: string })[];
  deploy?: { replicas?: number };
}

interface ComposeFile {
  services?: Record<string, ComposeService>;
}

interface Deployment {
  compose: ComposeFile;
  dockerfile: string;
  postgresInit: string;
  /** docker/nginx.conf, the proxy in front of the gateway replicas. */
  proxyConfig: string;
  /** Workspaces of the root package.json, each needing its package.json in the image before `npm ci`. */
  workspaces: string[];
}

const POSTGRES_SERVICE = 'postgres';

/** The prefix of a process's variables, as readSubgraphEnv in @veiinn/kit derives it: `work-centre` gives WORK_CENTRE. */
const envPrefix = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
const databaseName = (name: string) => `veiinn_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

/** Compose allows `environment` as a map or as a list of `KEY=value`; values may be YAML numbers or booleans. */
function envOf(service: ComposeService): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((item) => [item.split('=')[0], item.slice(item.indexOf('=') + 1)]));
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value === null ? '' : String(value)]));
}

function commandOf(service: ComposeService): string[] {
  const command = service.command ?? [];
  return Array.isArray(command) ? command : command.split(/\s+/).filter(Boolean);
}

/** Service name to the condition it waits for (`service_started` when given as a plain list, as compose does). */
function dependenciesOf(service: ComposeService): Record<string, string> {
  const deps = service.depends_on ?? [];
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((name) => [name, 'service_started']));
  return Object.fromEntries(Object.entries(deps).map(([name, dep]) => [name, dep?.condition ?? 'service_started']));
}

const healthcheckOf = (service: ComposeService) =>
  service.healthcheck && !service.healthcheck.disable && service.healthcheck.test
    ? [service.healthcheck.test].flat().join(' ')
    : undefined;

function checkNodeCommand(where: string, service: ComposeService, workspace: string): string[] {
  const entry = `${workspace}/dist/src/main.js`;
  const command = commandOf(service);
  const problems: string[] = [];
  if (command[0] !== 'node' || command[command.length - 1] !== entry) {
    problems.push(`${where}: command should be \`node ${entry}\`, is \`${command.join(' ')}\``);
  }
  // `npx tsc -b` in the image compiles src/main.ts to the entry point the command runs.
  if (!existsSync(join(repoRoot, workspace, 'src', 'main.ts'))) {
    problems.push(`${where}: ${workspace}/src/main.ts does not exist`);
  }
  if (service.build === undefined) {
    problems.push(`${where}: should be built from the repository's Dockerfile (build: .)`);
  }
  return problems;
}

function checkSubgraph(entry: SubgraphEntry, deployment: Deployment): string[] {
  const service = deployment.compose.services?.[entry.name];
  if (!service) return [`subgraph "${entry.name}" has no service in docker-compose.yml`];
  const where = `service ${entry.name}`;
  const prefix = envPrefix(entry.name);
  const env = envOf(service);
  const problems = checkNodeCommand(where, service, entry.workspace);

  if (env[`${prefix}_PORT`] !== String(entry.port)) {
    problems.push(
      `${where}: ${prefix}_PORT should be ${entry.port} (the registry's port), is ${env[`${prefix}_PORT`]}`,
    );
  }
  if (env[`${prefix}_HOST`] !== '0.0.0.0') {
    problems.push(`${where}: ${prefix}_HOST should be 0.0.0.0 to be reachable from other containers`);
  }

  const database = databaseName(entry.name);
  const rawUrl = env[`${prefix}_DATABASE_URL`];
  const url = rawUrl && URL.canParse(rawUrl) ? new URL(rawUrl) : undefined;
  if (!url || url.protocol !== 'postgres:' || url.hostname !== POSTGRES_SERVICE || url.pathname !== `/${database}`) {
    problems.push(
      `${where}: ${prefix}_DATABASE_URL should be postgres://...@${POSTGRES_SERVICE}:5432/${database}, is ${rawUrl}`,
    );
  }
  if (!new RegExp(`^\\s*CREATE DATABASE "?${database}"?\\s*;`, 'im').test(deployment.postgresInit)) {
    problems.push(`${where}: docker/postgres-init.sql does not create the database ${database}`);
  }
  if (dependenciesOf(service)[POSTGRES_SERVICE] !== 'service_healthy') {
    problems.push(`${where}: should depend on ${POSTGRES_SERVICE} with condition service_healthy`);
  }

  const health = healthcheckOf(service);
  if (!health) problems.push(`${where}: has no healthcheck`);
  else if (!health.includes(`127.0.0.1:${entry.port}/health`)) {
    problems.push(`${where}: healthcheck should fetch http://127.0.0.1:${entry.port}/health, is \`${health}\``);
  }
  return problems;
}

/** The hub must be told where each provider's feed is inside the compose network. */
function checkFeeds(deployment: Deployment, registry: SubgraphEntry[]): string[] {
  const hub = deployment.compose.services?.intake;
  if (!hub) return [];
  const setting = envOf(hub).INTAKE_FEED_URLS ?? '';
  const feeds = new Map(setting.split(',').map((pair) => pair.split('=') as [string, string]));
  return registry
    .filter((entry) => entry.providerId)
    .flatMap((entry) => {
      const expected = `http://${entry.name}:${entry.port}/feed`;
      const actual = feeds.get(entry.providerId!);
      return actual === expected
        ? []
        : [`service intake: INTAKE_FEED_URLS should map ${entry.providerId} to ${expected}, does to ${actual}`];
    });
}

/**
 * With trust on, a provider's feed answers only the hub's service token: each provider must trust the hub's key, or
 * the hub reads nothing. The NAV import checks tokens of the same identity provider as the gateway's sign-in.
 */
function checkRouteTrust(deployment: Deployment, registry: SubgraphEntry[]): string[] {
  const services = deployment.compose.services ?? {};
  const hub = registry.find((entry) => entry.name === 'intake');
  const problems: string[] = [];
  if (hub && services.intake) {
    const expected = `intake=http://intake:${hub.port}/internal-jwks.json`;
    for (const entry of registry.filter((e) => e.providerId && services[e.name])) {
      const key = `${envPrefix(entry.name)}_TRUSTED_SERVICES`;
      const setting = envOf(services[entry.name]!)[key] ?? '';
      if (!setting.split(',').includes(expected)) {
        problems.push(`service ${entry.name}: ${key} should include ${expected}, is ${setting || 'unset'}`);
      }
    }
  }
  const nav = services.nav && envOf(services.nav);
  const gateway = services.gateway && envOf(services.gateway);
  if (nav && gateway) {
    for (const [own, gateways] of [
      ['NAV_INGEST_JWKS_URL', 'GATEWAY_JWKS_URL'],
      ['NAV_INGEST_JWT_ISSUER', 'GATEWAY_JWT_ISSUER'],
    ] as const) {
      if (nav[own] !== gateway[gateways]) {
        problems.push(`service nav: ${own} should be the gateway's ${gateways} (${gateway[gateways]}), is ${nav[own]}`);
      }
    }
  }
  return problems;
}

function checkGateway(deployment: Deployment, registry: SubgraphEntry[]): string[] {
  const service = deployment.compose.services?.gateway;
  if (!service) return ['docker-compose.yml has no gateway service'];
  const env = envOf(service);
  const deps = dependenciesOf(service);
  const problems = checkNodeCommand('service gateway', service, 'gateway');
  if (env.GATEWAY_PORT !== String(GATEWAY_DEFAULT_PORT)) {
    problems.push(`service gateway: GATEWAY_PORT should be ${GATEWAY_DEFAULT_PORT}`);
  }
  if (env.GATEWAY_HOST !== '0.0.0.0') problems.push('service gateway: GATEWAY_HOST should be 0.0.0.0');

  for (const entry of registry) {
    const key = `SUBGRAPH_${envPrefix(entry.name)}_URL`;
    const expected = `http://${entry.name}:${entry.port}/graphql`;
    if (env[key] !== expected) problems.push(`service gateway: ${key} should be ${expected}, is ${env[key]}`);
    // Waiting for the subgraph's healthcheck, where it has one, spares the gateway's first requests an error.
    const subgraph = deployment.compose.services?.[entry.name];
    const wanted = subgraph && healthcheckOf(subgraph) ? 'service_healthy' : 'service_started';
    if (deps[entry.name] !== wanted) {
      problems.push(`service gateway: should depend on ${entry.name} (condition ${wanted})`);
    }
  }
  const known = new Set(registry.map((entry) => `SUBGRAPH_${envPrefix(entry.name)}_URL`));
  for (const key of Object.keys(env)) {
    if (/^SUBGRAPH_.+_URL$/.test(key) && !known.has(key)) {
      problems.push(`service gateway: ${key} names no subgraph in the registry`);
    }
  }
  return problems;
}

function checkServices(deployment: Deployment): string[] {
  const services = deployment.compose.services ?? {};
  const problems: string[] = [];
  if (!services[POSTGRES_SERVICE]) problems.push(`docker-compose.yml has no ${POSTGRES_SERVICE} service`);
  for (const [name, service] of Object.entries(services)) {
    for (const [dependency, condition] of Object.entries(dependenciesOf(service))) {
      const target = services[dependency];
      if (!target) problems.push(`service ${name}: depends on ${dependency}, which is not a service`);
      else if (condition === 'service_healthy' && !healthcheckOf(target)) {
        problems.push(`service ${name}: waits for ${dependency} to be healthy, but ${dependency} has no healthcheck`);
      }
    }
  }
  return problems;
}

function checkDockerfile({ dockerfile, workspaces }: Deployment, registry: SubgraphEntry[]): string[] {
  const lines = dockerfile.split('\n').map((line) => line.trim());
  const problems: string[] = [];
  const npmCi = lines.findIndex((line) => /^RUN\s+npm ci\b/.test(line));
  if (!lines.some((line) => /^FROM\s+node:20-slim\b/.test(line))) {
    problems.push('Dockerfile: should build FROM node:20-slim');
  }
  if (npmCi < 0) problems.push('Dockerfile: has no `RUN npm ci`');
  if (!lines.some((line, i) => i > npmCi && /^RUN\s+npx tsc -b\b/.test(line))) {
    problems.push('Dockerfile: has no `RUN npx tsc -b` after npm ci');
  }
  // npm ci fails when a workspace of the root package.json has no package.json in the image yet.
  for (const workspace of workspaces) {
    const copy = lines.findIndex((line) => new RegExp(`^COPY\\s+${workspace}/package\\.json\\s`).test(line));
    if (copy < 0 || (npmCi >= 0 && copy > npmCi)) {
      problems.push(`Dockerfile: should COPY ${workspace}/package.json before npm ci`);
    }
  }
  for (const entry of registry) {
    if (!workspaces.includes(entry.workspace)) problems.push(`package.json: workspaces should list ${entry.workspace}`);
  }
  return problems;
}

/**
 * The web app: its server from the image (built there by Vite), on port 3000, waiting for the gateway, which must
 * allow the app's origin for CORS (the browser calls the gateway from http://localhost:3000).
 */
function checkWeb({ compose, dockerfile }: Deployment): string[] {
  const service = compose.services?.web;
  if (!service) return ['docker-compose.yml has no web service'];
  const problems: string[] = [];
  const command = commandOf(service);
  if (command[0] !== 'node' || command[command.length - 1] !== 'clients/web/server.mjs') {
    problems.push(`service web: command should be \`node clients/web/server.mjs\`, is \`${command.join(' ')}\``);
  }
  if (!existsSync(join(repoRoot, 'clients', 'web', 'server.mjs')))
    problems.push('clients/web/server.mjs does not exist');
  const env = envOf(service);
  if (env.WEB_PORT !== '3000') problems.push(`service web: WEB_PORT should be 3000, is ${env.WEB_PORT}`);
  if (env.WEB_HOST !== '0.0.0.0') problems.push('service web: WEB_HOST should be 0.0.0.0 (reachable from the host)');
  if (!env.WEB_GATEWAY_URL)
    problems.push('service web: WEB_GATEWAY_URL (the gateway as the browser reaches it) is unset');
  if (!env.WEB_ISSUER_URL)
    problems.push('service web: WEB_ISSUER_URL (the sign-in as the browser reaches it) is unset');
  if (dependenciesOf(service).gateway === undefined) problems.push('service web: should depend on gateway');
  if (!healthcheckOf(service)) problems.push('service web: has no healthcheck');
  const gatewayEnv = compose.services?.gateway ? envOf(compose.services.gateway) : {};
  const origins = (gatewayEnv.GATEWAY_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim());
  // In production the origins are the operator's to give (a required variable).
  const given = REQUIRED.test(gatewayEnv.GATEWAY_CORS_ORIGINS ?? '');
  if (!given && !origins.includes('http://localhost:3000') && !origins.includes('*')) {
    problems.push('service gateway: GATEWAY_CORS_ORIGINS should allow the web app, http://localhost:3000');
  }
  if (!/^RUN\s.*npm run build -w clients\/web\b/m.test(dockerfile)) {
    problems.push('Dockerfile: should build the web app (`npm run build -w clients/web`) after npm ci');
  }
  return problems;
}

const REDIS_SERVICE = 'redis';
const REDIS_URL = `redis://${REDIS_SERVICE}:6379`;
const PROXY_SERVICE = 'proxy';

/** The host ports a service publishes (`'4000:4000'`, `4000`, or the long form). */
function publishedPorts(service: ComposeService): string[] {
  return (service.ports ?? []).map((port) =>
    typeof port === 'object' ? String(port.published ?? port.target) : (String(port).split(':').at(-2) ?? String(port)),
  );
}

/**
 * Several gateways behind one address (issue 15): at least two replicas, reached only through one proxy that
 * publishes the gateway's port, all sharing one signing key; every gateway and subgraph counts rate limits and used
 * internal tokens in the one Redis, which nothing outside the compose network reaches.
 */
function checkReplicas({ compose, proxyConfig }: Deployment, registry: SubgraphEntry[]): string[] {
  const services = compose.services ?? {};
  const problems: string[] = [];
  const redis = services[REDIS_SERVICE];
  if (!redis) problems.push(`docker-compose.yml has no ${REDIS_SERVICE} service`);
  else {
    if (!redis.image?.startsWith('redis:')) problems.push(`service ${REDIS_SERVICE}: should run a redis image`);
    if (publishedPorts(redis).length) problems.push(`service ${REDIS_SERVICE}: should publish no port`);
    if (!healthcheckOf(redis)) problems.push(`service ${REDIS_SERVICE}: has no healthcheck`);
  }
  for (const name of [...registry.map((entry) => entry.name), 'gateway']) {
    const service = services[name];
    if (service && envOf(service).REDIS_URL !== REDIS_URL) {
      problems.push(`service ${name}: REDIS_URL should be ${REDIS_URL}, is ${envOf(service).REDIS_URL}`);
    }
  }
  const gateway = services.gateway;
  if (gateway) {
    if ((gateway.deploy?.replicas ?? 1) < 2) problems.push('service gateway: should run 2 replicas (deploy.replicas)');
    if (publishedPorts(gateway).length) {
      problems.push(`service gateway: should publish no port (replicas cannot share one; ${PROXY_SERVICE} does)`);
    }
    if (envOf(gateway).GATEWAY_TRUST_PROXY !== '1') {
      problems.push('service gateway: GATEWAY_TRUST_PROXY should be 1 (the proxy gives the client address)');
    }
    const keyPath = envOf(gateway).GATEWAY_INTERNAL_KEY_PATH ?? '';
    const shared = (gateway.volumes ?? []).some((volume) => {
      const [source, target] = typeof volume === 'object' ? [volume.source, volume.target] : volume.split(':');
      return source && !source.startsWith('.') && !source.startsWith('/') && target && keyPath.startsWith(`${target}/`);
    });
    if (!shared) problems.push("service gateway: the replicas' signing key should be in a named volume they share");
  }
  const publishers = Object.entries(services).filter(([, service]) =>
    publishedPorts(service).includes(String(GATEWAY_DEFAULT_PORT)),
  );
  if (publishers.length !== 1 || publishers[0][0] !== PROXY_SERVICE) {
    problems.push(
      `port ${GATEWAY_DEFAULT_PORT} should be published by the ${PROXY_SERVICE} service alone, is by ` +
        `${publishers.map(([name]) => name).join(', ') || 'none'}`,
    );
  }
  const proxy = services[PROXY_SERVICE];
  if (proxy) {
    if (dependenciesOf(proxy).gateway !== 'service_healthy') {
      problems.push(`service ${PROXY_SERVICE}: should depend on gateway (condition service_healthy)`);
    }
    if (!(proxy.volumes ?? []).some((volume) => String(volume).startsWith('./docker/nginx.conf:'))) {
      problems.push(`service ${PROXY_SERVICE}: should mount ./docker/nginx.conf`);
    }
    if (!new RegExp(`^\\s*server\\s+gateway:${GATEWAY_DEFAULT_PORT}\\s*;`, 'm').test(proxyConfig)) {
      problems.push(`docker/nginx.conf: should send requests to gateway:${GATEWAY_DEFAULT_PORT}`);
    }
  }
  return problems;
}

function checkDeployment(deployment: Deployment, registry: SubgraphEntry[] = subgraphRegistry): string[] {
  return [
    ...checkServices(deployment),
    ...registry.flatMap((entry) => checkSubgraph(entry, deployment)),
    ...checkGateway(deployment, registry),
    ...checkFeeds(deployment, registry),
    ...checkRouteTrust(deployment, registry),
    ...checkDockerfile(deployment, registry),
    ...checkWeb(deployment),
    ...checkReplicas(deployment, registry),
  ];
}

function loadDeployment(): Deployment {
  return {
    // Merge keys (`<<: *veiinn-image`) are YAML 1.1, which docker compose reads; the yaml package needs asking.
    compose: parse(read('docker-compose.yml'), { merge: true }) as ComposeFile,
    dockerfile: read('Dockerfile'),
    postgresInit: read('docker/postgres-init.sql'),
    proxyConfig: read('docker/nginx.conf'),
    workspaces: (JSON.parse(read('package.json')) as { workspaces: string[] }).workspaces,
  };
}

/**
 * docker-compose.prod.yml on top of docker-compose.yml, merged as compose merges an override file: `environment`
 * key by key, any other setting replaced.
 */
function withProductionOverride(deployment: Deployment): Deployment {
  const override = parse(read('docker-compose.prod.yml'), { merge: true }) as ComposeFile;
  const merged = structuredClone(deployment);
  for (const [name, service] of Object.entries(override.services ?? {})) {
    const base = (merged.compose.services![name] ??= {});
    for (const [key, value] of Object.entries(service)) {
      if (key === 'environment') base.environment = { ...envOf(base), ...envOf(service) };
      else (base as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}

const NODE_SERVICES = [...subgraphRegistry.map((entry) => entry.name), 'gateway'];
/** A variable compose must be given: `${NAME:?message}` stops `docker compose up` while NAME is unset. */
const REQUIRED = /^\$\{[A-Z0-9_]+:\?[^}]+\}$/;

/** A deep copy to break on purpose. */
const copyOf = (deployment: Deployment): Deployment => structuredClone(deployment);

describe('docker-compose.yml', () => {
  const deployment = loadDeployment();

  it('runs every subgraph in the registry and the gateway, on the registry ports, against PostgreSQL', () => {
    expect(checkDeployment(deployment)).toEqual([]);
  });

  it('has a .dockerignore that keeps host builds, modules and databases out of the image', () => {
    const ignored = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['**/node_modules', '**/dist', 'data']));
  });

  // docker-compose.yml said it ran "the same processes" as npm start but ran them in production mode: the README's
  // anonymous query was refused (PERSISTED_QUERY_NOT_ALLOWED) and the browser had no GraphiQL. The mode is explicit now.
  it('runs in development mode by default, as npm start does: demo data, the dev issuer, GraphiQL, any operation', () => {
    const services = deployment.compose.services!;
    for (const name of NODE_SERVICES)
      expect({ name, mode: envOf(services[name]!).NODE_ENV }).toEqual({ name, mode: 'development' });
    for (const entry of subgraphRegistry) {
      expect(envOf(services[entry.name]!)[`${envPrefix(entry.name)}_SEED_DEMO_DATA`]).toBe('true');
    }
    expect(services.issuer?.profiles).toBeUndefined();
    const gateway = envOf(services.gateway!);
    expect(gateway.GATEWAY_GRAPHIQL ?? 'true').toBe('true');
    expect(gateway.GATEWAY_TRUSTED_DOCUMENTS ?? 'off').toBe('off');
  });

  describe('with docker-compose.prod.yml', () => {
    const production = withProductionOverride(deployment);
    const services = production.compose.services!;

    it('still runs every subgraph and the gateway as the checks above require', () => {
      expect(checkDeployment(production)).toEqual([]);
    });

    it('runs every process in production mode, without demo data, GraphiQL or the dev issuer', () => {
      for (const name of NODE_SERVICES)
        expect({ name, mode: envOf(services[name]!).NODE_ENV }).toEqual({ name, mode: 'production' });
      for (const entry of subgraphRegistry) {
        expect(envOf(services[entry.name]!)[`${envPrefix(entry.name)}_SEED_DEMO_DATA`]).toBe('false');
      }
      // In a profile of its own: `up` does not start it, and nothing may wait for it.
      expect(services.issuer?.profiles).toEqual(['dev-issuer']);
      for (const [name, service] of Object.entries(services)) {
        expect({ name, waitsForIssuer: 'issuer' in dependenciesOf(service) }).toEqual({ name, waitsForIssuer: false });
      }
      const gateway = envOf(services.gateway!);
      expect(gateway.GATEWAY_GRAPHIQL).toBe('false');
      expect(gateway.GATEWAY_TRUSTED_DOCUMENTS).toBe('only-for-public');
    });

    it('requires every secret and address of a real deployment, and keeps none of the demo values', () => {
      const required = [
        ['postgres', 'POSTGRES_PASSWORD'],
        ['intake', 'VEIINN_PERSON_REF_KEY'],
        ['nav', 'VEIINN_PERSON_REF_KEY'],
        ['nav', 'NAV_INGEST_JWKS_URL'],
        ['nav', 'NAV_INGEST_JWT_ISSUER'],
        ['nav', 'NAV_INGEST_ORGNO'],
        ['gateway', 'GATEWAY_JWKS_URL'],
        ['gateway', 'GATEWAY_JWT_ISSUER'],
        ['gateway', 'GATEWAY_CORS_ORIGINS'],
        ['web', 'WEB_GATEWAY_URL'],
        ['web', 'WEB_ISSUER_URL'],
        ['web', 'WEB_CLIENT_ID'],
      ];
      for (const [service, key] of required) {
        expect({ service, key, value: envOf(services[service!]!)[key!] }).toEqual({
          service,
          key,
          value: expect.stringMatching(REQUIRED),
        });
      }
      // The issuer is left out: production never starts it.
      for (const [name, service] of Object.entries(services).filter(([name]) => name !== 'issuer')) {
        for (const [key, value] of Object.entries(envOf(service))) {
          expect({ name, key, value }).not.toEqual({
            name,
            key,
            value: expect.stringMatching(/demo-only|postgres:postgres@|localhost:4010/),
          });
        }
      }
    });
  });

  describe('the check', () => {
    const intake = subgraphRegistry[0];
    const prefix = envPrefix(intake.name);

    it('fails when a subgraph port differs from the registry', () => {
      const broken = copyOf(deployment);
      (broken.compose.services![intake.name].environment as Record<string, string>)[`${prefix}_PORT`] = '4999';
      expect(checkDeployment(broken)).toEqual([expect.stringContaining(`${prefix}_PORT should be ${intake.port}`)]);
    });

    it('fails when a registered subgraph has no service, and the gateway neither routes to it nor waits for it', () => {
      const registry = [...subgraphRegistry, { name: 'aurora', port: 4006, workspace: 'subgraphs/intake' }];
      expect(checkDeployment(deployment, registry)).toEqual([
        'subgraph "aurora" has no service in docker-compose.yml',
        'service gateway: SUBGRAPH_AURORA_URL should be http://aurora:4006/graphql, is undefined',
        'service gateway: should depend on aurora (condition service_started)',
      ]);
    });

    it("fails when the hub is not told where a provider's feed is", () => {
      const broken = copyOf(deployment);
      const env = broken.compose.services!.intake.environment as Record<string, string>;
      env.INTAKE_FEED_URLS = env.INTAKE_FEED_URLS.replace('http://arba:4004/feed', 'http://localhost:4004/feed');
      expect(checkDeployment(broken)).toEqual([
        'service intake: INTAKE_FEED_URLS should map arba to http://arba:4004/feed, does to http://localhost:4004/feed',
      ]);
    });

    it('fails when a provider does not trust the hub, whose token is the only one its feed takes', () => {
      const broken = copyOf(deployment);
      delete (broken.compose.services!.arba.environment as Record<string, string>).ARBA_TRUSTED_SERVICES;
      expect(checkDeployment(broken)).toEqual([
        'service arba: ARBA_TRUSTED_SERVICES should include intake=http://intake:4001/internal-jwks.json, is unset',
      ]);
    });

    it('fails when the NAV import checks tokens of another issuer than the gateway', () => {
      const broken = copyOf(deployment);
      delete (broken.compose.services!.nav.environment as Record<string, string>).NAV_INGEST_JWT_ISSUER;
      expect(checkDeployment(broken)).toEqual([
        "service nav: NAV_INGEST_JWT_ISSUER should be the gateway's GATEWAY_JWT_ISSUER (http://localhost:4010), is undefined",
      ]);
    });

    it('fails when the database URL points elsewhere than the postgres service', () => {
      const broken = copyOf(deployment);
      const env = broken.compose.services![intake.name].environment as Record<string, string>;
      env[`${prefix}_DATABASE_URL`] = env[`${prefix}_DATABASE_URL`].replace('@postgres:', '@localhost:');
      expect(checkDeployment(broken)).toEqual([expect.stringContaining(`${prefix}_DATABASE_URL should be`)]);
    });

    it('fails when a subgraph has no healthcheck the gateway can wait for', () => {
      const broken = copyOf(deployment);
      delete broken.compose.services![intake.name].healthcheck;
      expect(checkDeployment(broken)).toEqual(
        expect.arrayContaining([
          `service ${intake.name}: has no healthcheck`,
          `service gateway: waits for ${intake.name} to be healthy, but ${intake.name} has no healthcheck`,
        ]),
      );
    });

    it('fails when the web app has no service, or the gateway does not allow its origin', () => {
      // The web app is part of the stack; docker-compose.yml is never started in CI, so this is what keeps it there.
      const withoutWeb = copyOf(deployment);
      delete withoutWeb.compose.services!.web;
      expect(checkDeployment(withoutWeb)).toEqual(['docker-compose.yml has no web service']);
      const closed = copyOf(deployment);
      (closed.compose.services!.gateway!.environment as Record<string, string>).GATEWAY_CORS_ORIGINS =
        'https://elsewhere.example';
      expect(checkDeployment(closed)).toEqual([
        'service gateway: GATEWAY_CORS_ORIGINS should allow the web app, http://localhost:3000',
      ]);
    });

    it('fails without two gateway replicas behind one proxy, or without Redis on every process', () => {
      const single = copyOf(deployment);
      delete single.compose.services!.gateway.deploy;
      single.compose.services!.gateway.ports = ['4000:4000'];
      expect(checkDeployment(single)).toEqual([
        'service gateway: should run 2 replicas (deploy.replicas)',
        'service gateway: should publish no port (replicas cannot share one; proxy does)',
        'port 4000 should be published by the proxy service alone, is by gateway, proxy',
      ]);
      const alone = copyOf(deployment);
      delete (alone.compose.services!.arba.environment as Record<string, string>).REDIS_URL;
      alone.compose.services!.redis.ports = ['6379:6379'];
      expect(checkDeployment(alone)).toEqual([
        'service redis: should publish no port',
        'service arba: REDIS_URL should be redis://redis:6379, is undefined',
      ]);
      const ownKeys = copyOf(deployment);
      delete ownKeys.compose.services!.gateway.volumes;
      expect(checkDeployment(ownKeys)).toEqual([
        "service gateway: the replicas' signing key should be in a named volume they share",
      ]);
    });

    it('fails when the command runs another entry point', () => {
      const broken = copyOf(deployment);
      broken.compose.services![intake.name].command = 'node subgraphs/intake/dist/src/index.js';
      expect(checkDeployment(broken)).toEqual([
        expect.stringContaining('command should be `node subgraphs/intake/dist/src/main.js`'),
      ]);
    });

    it('fails when the Dockerfile installs before copying a workspace manifest', () => {
      const broken = copyOf(deployment);
      broken.dockerfile = broken.dockerfile.replace(/^COPY gateway\/package\.json.*$/m, '');
      expect(checkDeployment(broken)).toEqual(['Dockerfile: should COPY gateway/package.json before npm ci']);
    });
  });
});
