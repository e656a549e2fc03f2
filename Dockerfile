# One image for every Veiinn process; docker-compose.yml picks the process with `command`, e.g.
#   node subgraphs/intake/dist/src/main.js   or   node gateway/dist/src/main.js
FROM node:20-slim

WORKDIR /app

# Manifests first, so that the dependency layer is rebuilt only when a package.json or the lock file changes.
# npm ci needs the package.json of every workspace listed in the root package.json.
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY packages/service/package.json packages/service/
COPY packages/kit/package.json packages/kit/
COPY packages/testing/package.json packages/testing/
COPY packages/demo-data/package.json packages/demo-data/
COPY packages/conformance/package.json packages/conformance/
COPY packages/provider-template/package.json packages/provider-template/
COPY subgraphs/intake/package.json subgraphs/intake/
COPY subgraphs/day-services/package.json subgraphs/day-services/
COPY subgraphs/work-centre/package.json subgraphs/work-centre/
COPY subgraphs/arba/package.json subgraphs/arba/
COPY subgraphs/asker-produkt/package.json subgraphs/asker-produkt/
COPY subgraphs/nav/package.json subgraphs/nav/
COPY schema/package.json schema/
COPY issuer/package.json issuer/
COPY gateway/package.json gateway/
COPY clients/package.json clients/
COPY clients/web/package.json clients/web/
# NODE_ENV is set by docker-compose at run time only: set here, npm ci would skip TypeScript (a devDependency).
RUN npm ci --no-audit --no-fund

COPY . .
# The web app is built by Vite into clients/web/dist (served by clients/web/server.mjs).
# data/ holds the SQLite files used when no <NAME>_DATABASE_URL is given; the node user must be able to write there.
RUN npx tsc -b && npm run build -w clients/web && mkdir -p data && chown node:node data

USER node
EXPOSE 4000
# With the gateway's node flags (gateway/src/node-flags.ts); gateway/test/node-flags.test.ts checks they match.
CMD ["node", "--heap-growing-percent=100", "gateway/dist/src/main.js"]
