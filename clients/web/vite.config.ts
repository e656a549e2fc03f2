/// <reference types="vitest/config" />
// Vite builds the web app into dist/ (served by server.mjs under `npm start`); `npm run dev -w clients/web` serves
// it with hot reload against the running gateway (VITE_GATEWAY_URL, default http://localhost:4000/graphql).
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const manifestPath = fileURLToPath(new URL('../persisted-documents.json', import.meta.url));

/**
 * `virtual:persisted-hashes`: operation name → sha256 of its registered text, from clients/persisted-documents.json.
 * Only the hashes go into the bundle; the texts stay on the gateway.
 */
function persistedHashes(): Plugin {
  const id = 'virtual:persisted-hashes';
  return {
    name: 'veiinn-persisted-hashes',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      this.addWatchFile(manifestPath);
      const documents = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
      const byName: Record<string, string> = {};
      for (const [hash, text] of Object.entries(documents)) {
        const name = /^(?:query|mutation|subscription)\s+(\w+)/.exec(text)?.[1];
        if (name) byName[name] = hash;
      }
      return `export default ${JSON.stringify(byName)};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), persistedHashes()],
  // The root node_modules holds React 18 for another workspace's dependencies; the app and its libraries use one
  // React, the 19 of this workspace.
  resolve: { dedupe: ['react', 'react-dom'] },
  server: { port: Number(process.env.WEB_PORT ?? 3000), strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  test: { environment: 'jsdom', include: ['test/**/*.test.{ts,tsx}'] },
});
