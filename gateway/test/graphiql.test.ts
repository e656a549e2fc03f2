import { startTinyGraph, type TinyGraph } from './tiny-graph';

/** Every `src` and `href` of the page, as the browser would resolve them. */
function referencedUrls(html: string, base: string): URL[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/gi)].map((match) => new URL(match[1]!, base));
}

const browserAccept = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('GraphiQL at /graphql', () => {
  let graph: TinyGraph;
  beforeAll(async () => {
    graph = await startTinyGraph({ graphiql: { tokenHint: 'curl -s -X POST localhost:4010/token' } });
  });
  afterAll(() => graph?.stop());

  // The old landing page was Apollo Sandbox, fetched from Apollo's CDN (and fonts from Google's) with telemetry on:
  // offline it showed a blank page, online it told Apollo who used the graph.
  it('serves the page and every file it references from the gateway itself, under a CSP without inline scripts', async () => {
    const response = await fetch(graph.gatewayUrl, { headers: { accept: browserAccept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
    const html = await response.text();
    // No inline script: every <script> has a src and nothing between its tags.
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(script[1]).toMatch(/\bsrc=/);
      expect(script[2]!.trim()).toBe('');
    }
    const origin = new URL(graph.gatewayUrl).origin;
    const urls = referencedUrls(html, graph.gatewayUrl);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) {
      expect(url.origin).toBe(origin);
      const asset = await fetch(url);
      expect({ url: url.pathname, status: asset.status }).toEqual({ url: url.pathname, status: 200 });
      expect(asset.headers.get('content-type')).toMatch(/^(text\/javascript|text\/css)/);
      const body = await asset.text();
      // Nothing the browser would fetch from elsewhere: no @import or url() of another host in the CSS.
      if (url.pathname.endsWith('.css')) expect(body).not.toMatch(/(@import|url\()\s*["']?https?:/i);
    }
    expect(html).toContain('curl -s -X POST localhost:4010/token');
  });

  it('no longer points the browser at Apollo Sandbox or any CDN', async () => {
    const html = await (await fetch(graph.gatewayUrl, { headers: { accept: browserAccept } })).text();
    for (const outside of [
      'apollographql.com',
      'embeddable-sandbox',
      'cdn.',
      'unpkg',
      'jsdelivr',
      'googleapis',
      'gstatic',
    ]) {
      expect(html).not.toContain(outside);
    }
  });

  it('still answers GraphQL to a client that asks for JSON, and a GET with a query in the URL', async () => {
    const post = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: browserAccept },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(await post.json()).toEqual({ data: { hello: 'hei' } });
    const get = await fetch(`${graph.gatewayUrl}?query=${encodeURIComponent('{ hello }')}`, {
      headers: { accept: browserAccept, 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { hello: 'hei' } });
    const curl = await fetch(graph.gatewayUrl, { headers: { accept: '*/*' } });
    expect(curl.headers.get('content-type')).toMatch(/json/);
  });

  it('answers an unknown file under /graphiql/ with a JSON 404', async () => {
    const response = await fetch(new URL('/graphiql/secret.js', graph.gatewayUrl));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});

describe('GraphiQL in production', () => {
  it('is off unless enabled, and Apollo Sandbox is not served in its place', async () => {
    const graph = await startTinyGraph({ production: true });
    try {
      const response = await fetch(graph.gatewayUrl, { headers: { accept: browserAccept } });
      const text = await response.text();
      expect(response.headers.get('content-type')).toMatch(/json/);
      expect(text).not.toContain('apollographql.com');
      expect((await fetch(new URL('/graphiql/graphiql.min.js', graph.gatewayUrl))).status).toBe(404);
    } finally {
      await graph.stop();
    }
  });

  it('is served when the operator turns it on', async () => {
    const graph = await startTinyGraph({ production: true, graphiql: { enabled: true } });
    try {
      const response = await fetch(graph.gatewayUrl, { headers: { accept: browserAccept } });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    } finally {
      await graph.stop();
    }
  });
});
