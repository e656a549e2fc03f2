import { graphqlData, graphqlRequest } from '@veiinn/testing';
import { Offer } from '../src/catalogue/offer/offer.entity';
import { demoOfferId, demoOffers as seedOffers } from '@veiinn/demo-data';
import { easyReadProblems } from '@veiinn/kit';
import { applyFeedEvents } from '../src/network/feed/apply';
import { Provider } from '../src/catalogue/provider/provider.entity';
import { demoOfferEvents, startTestIntake, type TestIntake } from './support';

const OFFERS = /* GraphQL */ `
  query Offers($filter: OfferFilter, $first: Int, $after: String, $last: Int, $before: String) {
    offers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          places
          trade
          site
          title {
            nb
            en
          }
          provider {
            id
            shortName
          }
          nextApplicationDeadline
        }
      }
    }
  }
`;
type OffersData = {
  offers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        kind: string;
        places: number | null;
        trade: string | null;
        site: string | null;
        title: { nb: string };
        provider: { id: string };
        nextApplicationDeadline: string | null;
      };
    }[];
  };
};

const EASY_READ = {
  nb: 'Her reparerer vi sykler. Kundene kommer med sykler som er ødelagt. Vi finner ut hva som er galt. Vi bytter deler og pumper dekk. Du lærer å bruke verktøy. Du jobber sammen med andre. Du får hjelp når du trenger det. Tildelingskontoret bestemmer hvem som får plass.',
  en: 'Here we repair bicycles. Customers bring bicycles that are broken. We find out what is wrong. We change parts and pump tyres. You learn to use tools. You work together with others. You get help when you need it. The allocation office decides who gets a place.',
};

describe('offer catalogue through the intake subgraph', () => {
  let intake: TestIntake;
  beforeAll(async () => {
    intake = await startTestIntake({ today: '2026-11-23' });
  });
  afterAll(() => intake.stop());

  // Issue 11: the rows of capacityOverview did not say which provider they were, and a provider without placements
  // or published places was left out, so a dashboard could neither label the rows nor show an empty provider.
  it('names the provider of each capacityOverview row and includes every provider, an empty one with zeros', async () => {
    await graphqlData(
      intake.url,
      `mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
      {
        input: {
          id: 'tomt-verksted',
          name: 'Tomt verksted',
          shortName: 'TV',
          kind: 'PARTNER',
          municipality: 'Bærum',
          description: { nb: 'Et verksted uten tilbud ennå.', en: 'A workshop without offers yet.' },
        },
      },
    );
    type Row = {
      provider: { id: string; name: string };
      places: number | null;
      occupied: number;
      upcoming: number;
      free: number | null;
      waiting: number;
    };
    const { capacityOverview, providers } = await graphqlData<{ capacityOverview: Row[]; providers: { id: string }[] }>(
      intake.url,
      `{ capacityOverview { provider { id name } places occupied upcoming free waiting } providers { id } }`,
    );
    expect(capacityOverview.map((r) => r.provider.id)).toEqual(providers.map((p) => p.id));
    expect(capacityOverview.find((r) => r.provider.id === 'tomt-verksted')).toEqual({
      provider: { id: 'tomt-verksted', name: 'Tomt verksted' },
      places: null,
      occupied: 0,
      upcoming: 0,
      free: null,
      waiting: 0,
    });
  });

  // Issue 16: the audience of the hub's tokens for a provider is its row's, set at registration, not a list in code.
  it('stores the subgraph a provider is registered with, refuses one that is not a subgraph name, and changes it', async () => {
    const register = (id: string, subgraph: string) =>
      graphqlRequest(
        intake.url,
        `mutation ($input: RegisterProviderInput!) { registerProvider(input: $input) { id } }`,
        {
          input: {
            id,
            name: 'Sykkelverkstedet',
            shortName: 'SV',
            kind: 'PARTNER',
            municipality: 'Bærum',
            description: { nb: 'Et verksted.', en: 'A workshop.' },
            feedUrl: 'http://127.0.0.1:9/feed',
            subgraph,
          },
        },
      );
    const subgraphOf = async (id: string) => (await intake.orm.em.fork().findOne(Provider, { id }))?.subgraph;
    const bad = await register('sykkelverkstedet', 'Sykkel Verksted');
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'subgraph' }] });
    expect(await subgraphOf('sykkelverkstedet')).toBeUndefined();
    expect((await register('sykkelverkstedet', 'sykkel-verksted')).errors).toBeUndefined();
    expect(await subgraphOf('sykkelverkstedet')).toBe('sykkel-verksted');
    const setFeed = (input: Record<string, unknown>) =>
      graphqlRequest(intake.url, `mutation ($input: SetProviderFeedInput!) { setProviderFeed(input: $input) { id } }`, {
        input: { providerId: 'sykkelverkstedet', feedUrl: 'http://127.0.0.1:9/feed', ...input },
      });
    // Left out, the subgraph stays; null removes it; a bad one changes nothing.
    await setFeed({});
    expect(await subgraphOf('sykkelverkstedet')).toBe('sykkel-verksted');
    expect((await setFeed({ subgraph: '-x' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await subgraphOf('sykkelverkstedet')).toBe('sykkel-verksted');
    await setFeed({ subgraph: null });
    expect(await subgraphOf('sykkelverkstedet')).toBeNull();
  });

  it('pages forward through the whole catalogue without gaps or repeats, then back again', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { offers }: OffersData = await graphqlData<OffersData>(intake.url, OFFERS, { first: 5, after });
      expect(offers.totalCount).toBe(seedOffers.length);
      seen.push(...offers.edges.map((e) => e.node.id));
      pages++;
      if (!offers.pageInfo.hasNextPage) break;
      after = offers.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(seedOffers.length / 5));
    expect(new Set(seen).size).toBe(seedOffers.length);

    const { offers: lastPage } = await graphqlData<OffersData>(intake.url, OFFERS, { last: 5, before: null });
    expect(lastPage.edges.map((e) => e.node.id)).toEqual(seen.slice(-5));
    expect(lastPage.pageInfo.hasPreviousPage).toBe(true);
    const { offers: before } = await graphqlData<OffersData>(intake.url, OFFERS, {
      last: 3,
      before: lastPage.pageInfo.startCursor,
    });
    expect(before.edges.map((e) => e.node.id)).toEqual(seen.slice(-8, -5));
  });

  it('filters by kind and shows the places of the domain brief', async () => {
    const { offers } = await graphqlData<OffersData>(intake.url, OFFERS, { filter: { kinds: ['VTA'] } });
    const places = Object.fromEntries(offers.edges.map((e) => [e.node.provider.id, e.node.places]));
    expect(places).toEqual({ arba: 114, 'asker-produkt': 41 });
    expect(offers.edges.every((e) => e.node.nextApplicationDeadline === null)).toBe(true);
  });

  it('combines provider, trade and free-text filters', async () => {
    const design = seedOffers.filter((o) => o.providerId === 'baerum-arbeidssenter' && o.trade === 'Design');
    const { offers } = await graphqlData<OffersData>(intake.url, OFFERS, {
      filter: { providerIds: ['baerum-arbeidssenter'], trade: 'Design' },
      first: 50,
    });
    expect(offers.edges.map((e) => e.node.title.nb).sort()).toEqual(design.map((o) => o.title[0]).sort());

    const { offers: green } = await graphqlData<OffersData>(intake.url, OFFERS, { filter: { search: 'GRØNT emma' } });
    expect(green.edges.map((e) => e.node.title.nb)).toEqual(['Grøntgruppa']);
    expect(green.edges[0].node.nextApplicationDeadline).toBe('2027-02-01');

    const { offers: none } = await graphqlData<OffersData>(intake.url, OFFERS, { filter: { search: 'grønt arba' } });
    expect(none.totalCount).toBe(0);
    expect(none.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it('lists the trades and sites in use for filter menus', async () => {
    const data = await graphqlData<{ offerFacets: { trades: string[]; sites: string[] } }>(
      intake.url,
      '{ offerFacets { trades sites } }',
    );
    expect(data.offerFacets.trades).toEqual(['Design', 'Mat', 'Service', 'Tre']);
    expect(data.offerFacets.sites).toEqual(expect.arrayContaining(['Emma Hjorth', 'Personalkantinen', 'Wøyen gård']));
  });

  it('lists every seeded offer with an easy-read text within the rule, the demo catalogue’s own', async () => {
    const { offers } = await graphqlData<{
      offers: { nodes: { id: string; easyRead: { nb: string; en: string } }[] };
    }>(intake.url, '{ offers(first: 100) { nodes { id easyRead { nb en } } } }');
    const seeded = offers.nodes.filter((offer) => seedOffers.some((o) => demoOfferId(o.key) === offer.id));
    expect(seeded).toHaveLength(seedOffers.length);
    for (const offer of seeded) {
      const seed = seedOffers.find((o) => demoOfferId(o.key) === offer.id)!;
      expect(offer.easyRead).toEqual({ nb: seed.easyRead[0], en: seed.easyRead[1] });
      expect([...easyReadProblems('nb', offer.easyRead.nb), ...easyReadProblems('en', offer.easyRead.en)]).toEqual([]);
    }
  });

  it('returns null for an unknown offer id, and refuses a malformed cursor or page size', async () => {
    const unknown = await graphqlRequest(intake.url, '{ offer(id: "00000000-0000-0000-0000-000000000000") { id } }');
    expect(unknown).toEqual({ status: 200, data: { offer: null } });
    // Another provider's slug or a typo is not an error either, on PostgreSQL's uuid column too.
    const malformed = await graphqlRequest(intake.url, '{ offer(id: "arba-vta") { id } }');
    expect(malformed).toEqual({ status: 200, data: { offer: null } });

    const bad = await graphqlRequest(intake.url, OFFERS, { first: 500, after: 'garbage' });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' }), expect.objectContaining({ field: 'after' })],
    });
    expect(JSON.stringify(bad)).not.toMatch(/stacktrace|at .*\.js/);
  });

  describe('changing the catalogue', () => {
    const CREATE = /* GraphQL */ `
      mutation Create($input: CreateOfferInput!) {
        createOffer(input: $input) {
          id
          kind
          intakeMode
          decidedBy
          hoursPerWeek
          version
          provider {
            id
          }
          title {
            nb
          }
        }
      }
    `;
    const input = {
      providerId: 'baerum-arbeidssenter',
      kind: 'ADAPTED_WORK',
      title: { nb: 'Sykkelverkstedet', en: 'Bicycle workshop' },
      description: { nb: 'Reparasjon av sykler.', en: 'Repairing bicycles.' },
      easyRead: EASY_READ,
      eligibility: { nb: 'Voksne med uføretrygd.', en: 'Adults on disability benefit.' },
      trade: 'Service',
      hoursPerWeek: 25,
      places: 6,
    };
    const count = () => intake.orm.em.fork().count(Offer, {});

    it('adds an offer with the defaults of its kind, findable by search at once', async () => {
      const { createOffer } = await graphqlData<{ createOffer: Record<string, unknown> }>(intake.url, CREATE, {
        input,
      });
      expect(createOffer).toMatchObject({
        kind: 'ADAPTED_WORK',
        intakeMode: 'MAIN',
        decidedBy: 'ALLOCATION_OFFICE',
        hoursPerWeek: 25,
        version: 1,
      });
      const { offers } = await graphqlData<OffersData>(intake.url, OFFERS, { filter: { search: 'sykkel' } });
      expect(offers.edges.map((e) => e.node.id)).toEqual([createOffer.id]);
    });

    it('refuses invalid input with every field named, and writes nothing', async () => {
      const before = await count();
      const result = await graphqlRequest(intake.url, CREATE, {
        input: { ...input, providerId: 'no-such-provider', hoursPerWeek: 31, title: { nb: '', en: 'x' } },
      });
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'providerId', en: 'no provider has the id "no-such-provider".' },
          { field: 'title.nb', en: 'must be filled in.' },
          { field: 'hoursPerWeek', en: 'adapted work is at most 30 hours a week in a full position.' },
        ],
      });
      expect(await count()).toBe(before);
    });

    it('keeps the easy-read text an offer is created with and changes it on update', async () => {
      const EASY = `mutation U($input: UpdateOfferInput!) { updateOffer(input: $input) { easyRead { nb en } } }`;
      const { createOffer } = await graphqlData<{ createOffer: { id: string } }>(intake.url, CREATE, {
        input: { ...input, title: { nb: 'Sykkelbua', en: 'Bicycle shed' } },
      });
      const read = await graphqlData<{ offer: { easyRead: { nb: string; en: string } } }>(
        intake.url,
        `{ offer(id: "${createOffer.id}") { easyRead { nb en } } }`,
      );
      expect(read.offer.easyRead).toEqual(EASY_READ);
      const changed = {
        nb: `${EASY_READ.nb} Du må søke innen 1. februar.`,
        en: `${EASY_READ.en} Apply by 1 February.`,
      };
      const updated = await graphqlData<{ updateOffer: { easyRead: unknown } }>(intake.url, EASY, {
        input: { offerId: createOffer.id, easyRead: changed },
      });
      expect(updated.updateOffer.easyRead).toEqual(changed);
    });

    // The easy-read text is for readers who need short, simple text: a long description pasted in (or a few words)
    // is not one, so the rule is checked on every write, with the fix said in both languages.
    it('refuses an easy-read text outside 40–80 words in bokmål and English, and writes nothing', async () => {
      const before = await count();
      const result = await graphqlRequest(intake.url, CREATE, {
        input: { ...input, easyRead: { nb: 'Vi reparerer sykler.', en: `${EASY_READ.en} `.repeat(3) } },
      });
      expect(result.data).toBeNull();
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'easyRead.nb',
            nb: 'en lettlest tekst skal ha 40–80 ord (har 3). Skriv korte setninger med vanlige ord.',
            en: 'an easy-read text has 40–80 words (this has 3). Write short sentences with common words.',
          },
          { field: 'easyRead.en', en: expect.stringMatching(/^an easy-read text has 40–80 words \(this has \d+\)/) },
        ],
      });
      expect(await count()).toBe(before);
    });

    it('updates with a version check: NOT_FOUND for an unknown id, CONFLICT for a stale version', async () => {
      const { createOffer } = await graphqlData<{ createOffer: { id: string; version: number } }>(intake.url, CREATE, {
        input: { ...input, title: { nb: 'Vaskeriet', en: 'Laundry' } },
      });
      const UPDATE = `mutation U($input: UpdateOfferInput!) { updateOffer(input: $input) { places version site title { nb } } }`;

      const updated = await graphqlData<{ updateOffer: { places: number; version: number; site: string | null } }>(
        intake.url,
        UPDATE,
        {
          input: {
            offerId: createOffer.id,
            expectedVersion: 1,
            places: 9,
            site: 'Rud',
          },
        },
      );
      expect(updated.updateOffer).toMatchObject({ places: 9, version: 2, site: 'Rud' });

      const stale = await graphqlRequest(intake.url, UPDATE, {
        input: {
          offerId: createOffer.id,
          expectedVersion: 1,
          places: 1,
        },
      });
      expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

      const cleared = await graphqlData<{ updateOffer: { site: string | null; places: number } }>(intake.url, UPDATE, {
        input: {
          offerId: createOffer.id,
          site: null,
        },
      });
      expect(cleared.updateOffer).toMatchObject({ site: null, places: 9 });

      const missing = await graphqlRequest(intake.url, UPDATE, {
        input: {
          offerId: '00000000-0000-0000-0000-000000000000',
          places: 1,
        },
      });
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', typeName: 'Offer' });

      const invalid = await graphqlRequest(intake.url, UPDATE, {
        input: { offerId: createOffer.id, hoursPerWeek: 50 },
      });
      expect(invalid.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'hoursPerWeek' })],
      });
      const after = await graphqlData<{ offer: { hoursPerWeek: number } }>(
        intake.url,
        `{ offer(id: "${createOffer.id}") { hoursPerWeek } }`,
      );
      expect(after.offer.hoursPerWeek).toBe(25);
    });
  });

  // IntakeMode MAIN_INTAKE was renamed MAIN; a provider's feed keeps the events it wrote before, and the hub must
  // read them (as MAIN), not reject them, or a hub that reads a feed from the start would lose those offers.
  it('reads an offer event written before MAIN_INTAKE became MAIN as MAIN', async () => {
    const [event] = demoOfferEvents('baerum-arbeidssenter');
    const old = { ...event, version: 50, data: { ...event.data, intakeMode: 'MAIN_INTAKE' } };
    const summary = await intake.orm.em
      .fork()
      .transactional(async (tx) =>
        applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: 'baerum-arbeidssenter' }), [old]),
      );
    expect(summary).toEqual({ applied: 1, ignored: 0, rejected: 0 });
    const { offer } = await graphqlData<{ offer: { intakeMode: string } }>(
      intake.url,
      'query ($id: ID!) { offer(id: $id) { intakeMode } }',
      { id: event.id },
    );
    expect(offer.intakeMode).toBe('MAIN');
  });

  // A provider's feed keeps the offer events it wrote before easy-read texts existed: the hub must still apply them
  // (showing the description, never an empty text), or a hub reading a feed from the start would lose those offers.
  it('reads an offer event without an easy-read text, showing the description until the provider writes one', async () => {
    const [event] = demoOfferEvents('baerum-arbeidssenter');
    const { easyRead: _e, ...data } = event.data!;
    const summary = await intake.orm.em
      .fork()
      .transactional(async (tx) =>
        applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: 'baerum-arbeidssenter' }), [
          { ...event, version: 60, data },
        ]),
      );
    expect(summary).toEqual({ applied: 1, ignored: 0, rejected: 0 });
    const query = 'query ($id: ID!) { offer(id: $id) { description { nb en } easyRead { nb en } } }';
    const { offer } = await graphqlData<{ offer: { description: unknown; easyRead: unknown } }>(intake.url, query, {
      id: event.id,
    });
    expect(offer.easyRead).toEqual(offer.description);

    // An easy-read text in one language only is refused, not half stored.
    const half = await intake.orm.em
      .fork()
      .transactional(async (tx) =>
        applyFeedEvents(tx, await tx.findOneOrFail(Provider, { id: 'baerum-arbeidssenter' }), [
          { ...event, version: 61, data: { ...data, easyRead: { nb: 'Bare bokmål.' } } },
        ]),
      );
    expect(half).toEqual({ applied: 0, ignored: 0, rejected: 1 });
  });
});
