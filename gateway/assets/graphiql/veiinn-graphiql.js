// Starts GraphiQL on the page the gateway serves at /graphql (see gateway/src/graphiql.ts). A file of its own, not an
// inline script, so the page's Content-Security-Policy can allow scripts from this origin only.
(function start() {
  const hintElement = document.querySelector('meta[name="veiinn-token-hint"]');
  const tokenHint = hintElement ? hintElement.getAttribute('content') : '';
  const tokenLines = tokenHint
    ? ['# Hent et token / get a token (development):', `#   ${tokenHint}`]
    : ['# Hent et token fra innloggingen deres / get a token from your identity provider.'];
  const defaultQuery = [
    '# Veiinn: én vei inn / one way in.',
    '#',
    '# Uten token spør du som publikum: katalogen, kalenderen og kapasiteten.',
    '# Without a token you ask as the public: the catalogue, the calendar and capacity.',
    '#',
    ...tokenLines,
    '# Lim det inn under «Headers» nedenfor / paste it under "Headers" below:',
    '#   { "Authorization": "Bearer eyJhbGciOi…" }',
    '',
    'query Offers {',
    '  offers(filter: { kinds: [VTA, AFT] }, first: 5) {',
    '    totalCount',
    '    nodes {',
    '      title {',
    '        nb',
    '        en',
    '      }',
    '      places',
    '      intakeMode',
    '      provider {',
    '        name',
    '      }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');

  const fetcher = GraphiQL.createFetcher({ url: `${window.location.origin}/graphql` });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery,
      // The headers tab is open: it is where the token goes. Headers are not kept in localStorage (a token is a
      // credential), which is GraphiQL's default; stated here so nobody turns it on in passing.
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
})();
