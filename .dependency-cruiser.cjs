// The import rules of the whole project (issue 13), run by `npm run lint` after eslint.
//
// Type-only imports are read (tsPreCompilationDeps), so that the module boundary below holds for types as well:
// a module that names another module's entity type depends on it as surely as one that calls it. The cycle rule
// leaves them out (a cycle counts only when none of its imports is type-only), because they vanish in the compiled
// code and so cannot cause what a cycle costs at run time (a class still undefined when a decorator or a module
// body reads it). The hub's context type is an intersection of every module's loaders and the modules' resolvers
// use it, so a type-only loop between `context.ts` and the modules is the price of precise loader types, and a
// harmless one. (Counting type-only imports too finds 144 such loops in the hub; at run time there are none.)
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycles at run time: break them with a public file, a hook or a type-only import.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'contracts-without-orm',
      severity: 'error',
      comment:
        'The contracts and service packages, the gateway and the issuer do without a database or a schema builder: ' +
        'no MikroORM, pg, libsql, type-graphql, nor the kit that brings them (docs/architecture.md, "Packages").',
      from: { path: '^(packages/contracts|packages/service|gateway/src|issuer/src)/' },
      to: {
        path: ['(^|/)node_modules/(@mikro-orm|pg|libsql|@libsql|type-graphql|@veiinn/kit)/', '^packages/kit/'],
      },
    },
    {
      name: 'hub-module-boundary',
      severity: 'error',
      comment:
        "A hub module reaches another module only through that module's index.ts (docs/architecture.md, " +
        '"The hub\'s modules").',
      from: { path: '^subgraphs/intake/src/(catalogue|people|network|casework|audit|statistics)/' },
      to: {
        path: '^subgraphs/intake/src/(catalogue|people|network|casework|audit|statistics)/',
        pathNot: ['^subgraphs/intake/src/$1/', '^subgraphs/intake/src/[^/]+/index[.]ts$'],
      },
    },
    // Dependencies run one way (the table in docs/architecture.md): each module may import only the ones below it.
    // Upward, a module raises a hook or asks a port (common/hook.ts) that the module above answers.
    ...[
      ['catalogue', 'people|audit|network|casework|statistics'],
      ['people', 'audit|network|casework|statistics'],
      ['audit', 'network|casework|statistics'],
      ['network', 'audit|casework|statistics'],
      ['casework', 'statistics'],
    ].map(([module, above]) => ({
      name: `hub-${module}-imports-only-below`,
      severity: 'error',
      comment: `The hub's ${module} module may not import a module above it; raise a hook or ask a port instead.`,
      from: { path: `^subgraphs/intake/src/${module}/` },
      to: { path: `^subgraphs/intake/src/(${above})/` },
    })),
  ],
  options: {
    // Packages and other workspaces' built files are recorded as leaves, not left out: the rule above must see an
    // import of @mikro-orm or of the kit (a workspace's import resolves to its dist/).
    doNotFollow: { path: ['node_modules', '(^|/)dist/'] },
    exclude: { path: '(^|/)coverage/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
