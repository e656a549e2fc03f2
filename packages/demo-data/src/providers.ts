/**
 * The organisations of the domain brief (docs/domain.md). Organisation numbers are left null: they are public,
 * but we enter them from the register when each organisation joins, rather than from memory.
 * `feedUrl` is where the hub reads a provider's change feed in development (the default ports of `npm start`);
 * providers without their own subgraph have none, and the hub keeps their offers itself. `subgraph` is the
 * provider's subgraph in the composition (schema/supergraph.yaml): the audience of the hub's service tokens for it.
 */
export const demoProviders = [
  {
    id: 'tildelingskontoret',
    name: 'Tildelingskontoret, Bærum kommune',
    shortName: 'Tildelingskontoret',
    kind: 'COORDINATOR',
    municipality: 'Bærum',
    descriptionNb:
      'Tildelingskontoret tar imot alle søknader om kommunale plasser, kjenner søkerne og de ledige plassene, og fatter vedtak. Kontoret koordinerer også overganger mellom tilbudene.',
    descriptionEn:
      'The allocation office receives all applications for municipal places, knows the applicants and the free places, and decides by administrative decision (vedtak). It also coordinates transitions between offers.',
  },
  {
    id: 'baerum-kommunale-dagtilbud',
    feedUrl: 'http://127.0.0.1:4002/feed',
    subgraph: 'day-services',
    name: 'Bærum kommunale dagtilbud',
    shortName: 'BKD',
    kind: 'MUNICIPAL_SERVICE',
    municipality: 'Bærum',
    descriptionNb: 'Kommunale dagtilbud med aktivitet for voksne, blant annet Bjørnegård aktivitetshus.',
    descriptionEn: 'Municipal day services with daily activity for adults, among them the Bjørnegård activity house.',
  },
  {
    id: 'baerum-arbeidssenter',
    feedUrl: 'http://127.0.0.1:4003/feed',
    subgraph: 'work-centre',
    name: 'Bærum arbeidssenter',
    shortName: 'BA',
    kind: 'MUNICIPAL_SERVICE',
    municipality: 'Bærum',
    descriptionNb:
      'Tilrettelagt arbeid for voksne med funksjonsnedsettelser, opptil 30 timer i uka i full stilling. Avdelinger på Rud, Wøyen gård, Emma Hjorth og i Personalkantinen, innen design, tre, mat og service.',
    descriptionEn:
      'Adapted work for adults with disabilities, up to 30 hours a week in a full position. Sites at Rud, Wøyen gård, Emma Hjorth and the staff canteen, in design, wood, food and service.',
  },
  {
    id: 'arba',
    feedUrl: 'http://127.0.0.1:4004/feed',
    subgraph: 'arba',
    name: 'Arba Inkludering AS',
    shortName: 'Arba',
    kind: 'MUNICIPAL_COMPANY',
    municipality: 'Bærum',
    descriptionNb:
      'Arbeidsmarkedsbedrift eid av Bærum kommune. Tilbyr VTA og AFT på oppdrag fra NAV, lærlingplasser og Ung i Jobb.',
    descriptionEn:
      'Labour-market company owned by Bærum municipality. Offers VTA and AFT for NAV, apprenticeships and the youth programme Ung i Jobb.',
  },
  {
    id: 'nav-baerum',
    feedUrl: 'http://127.0.0.1:4005/feed',
    subgraph: 'nav',
    name: 'NAV Bærum',
    shortName: 'NAV',
    kind: 'STATE_AGENCY',
    municipality: 'Bærum',
    descriptionNb: 'NAV innvilger VTA, VTA i ordinær virksomhet og AFT, og fører ventelister for tiltakene.',
    descriptionEn:
      'NAV grants VTA, VTA in ordinary businesses and AFT, and keeps the waiting lists for these measures.',
  },
  {
    id: 'aurora-verksted',
    name: 'Aurora verksted SA',
    shortName: 'Aurora',
    kind: 'PARTNER',
    municipality: 'Bærum',
    descriptionNb:
      'Samarbeidspartner der kommunen kjøper plasser med aktivitet og arbeid. Plassene tildeles av Tildelingskontoret.',
    descriptionEn:
      'Partner where the municipality buys places with activity and work. Places are allocated by the allocation office.',
  },
  {
    id: 'asker-produkt',
    name: 'Asker Produkt AS',
    shortName: 'Asker Produkt',
    kind: 'PARTNER',
    municipality: 'Asker',
    descriptionNb:
      'Arbeidsmarkedsbedrift eid av Asker kommune, i Solbråveien 32a. Tilbyr VTA, AFT og lærekandidatplasser.',
    descriptionEn:
      'Labour-market company owned by Asker municipality, at Solbråveien 32a. Offers VTA, AFT and training-candidate places.',
  },
] as const;
