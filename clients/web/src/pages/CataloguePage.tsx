import {
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { WebOfferCardFragment, WebOfferFacetFieldsFragment } from '../../../src/gql/graphql';
import { WebCatalogueDocument } from '../../../src/gql/graphql';
import { formatDate, norwegian, pick } from '../format';
import { gql } from '../graphql';
import { readSelection, toFilter, writeSelection, type Selection, type Sort } from '../selection';
import { Loading, RequestFailed, useTitle } from './common';

const PAGE_SIZE = 10;

type Group = 'providers' | 'kinds' | 'trade' | 'site' | 'mode' | 'open' | 'free';

/** Whether an offer meets every chosen filter except those of `except` (the usual count of a facet value). */
function matches(offer: WebOfferFacetFieldsFragment, s: Selection, except?: Group): boolean {
  return (
    (except === 'providers' || s.providers.length === 0 || s.providers.includes(offer.provider.id)) &&
    (except === 'kinds' || s.kinds.length === 0 || s.kinds.includes(offer.kind)) &&
    (except === 'trade' || !s.trade || offer.trade === s.trade) &&
    (except === 'site' || !s.site || offer.site === s.site) &&
    (except === 'mode' || !s.mode || offer.intakeMode === s.mode) &&
    (except === 'open' || !s.open || offer.openForApplications) &&
    (except === 'free' || !s.free || offer.capacity.hasFreePlaces)
  );
}

function sortOffers(offers: WebOfferCardFragment[], sort: Sort, language: string) {
  const title = (offer: WebOfferCardFragment) => pick(offer.title, language);
  const byTitle = (a: WebOfferCardFragment, b: WebOfferCardFragment) => norwegian.compare(title(a), title(b));
  return [...offers].sort((a, b) => {
    // A hidden number of free places sorts after the numbers shown, before "none free".
    const free = (o: WebOfferCardFragment) => o.capacity.free ?? (o.capacity.hasFreePlaces ? 0.5 : -1);
    if (sort === 'ledige') return free(b) - free(a) || byTitle(a, b);
    if (sort === 'frist') {
      const da = a.nextApplicationDeadline ?? '9999';
      const db = b.nextApplicationDeadline ?? '9999';
      return da.localeCompare(db) || byTitle(a, b);
    }
    return byTitle(a, b);
  });
}

export function CataloguePage() {
  const { t, i18n } = useTranslation();
  useTitle(t('catalogue.title'));
  const [params, setParams] = useSearchParams();
  const selection = readSelection(params);
  const [text, setText] = useState(selection.q);
  const update = (change: Partial<Selection>) =>
    setParams(writeSelection({ ...selection, page: 1, ...change }), { replace: false });
  // One request for the page: the filtered list and the free-text-only list the facet counts come from.
  const catalogue = useQuery({
    queryKey: ['catalogue', toFilter(selection), selection.q],
    queryFn: ({ signal }) =>
      gql(
        WebCatalogueDocument,
        { filter: toFilter(selection), textOnly: selection.q ? { search: selection.q } : {} },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const base = catalogue.data?.facetBase.nodes ?? [];
  const count = (group: Group, test: (offer: WebOfferFacetFieldsFragment) => boolean) =>
    base.filter((offer) => matches(offer, selection, group) && test(offer)).length;
  const providers = new Map(base.map((offer) => [offer.provider.id, offer.provider.name]));
  const offers = sortOffers(
    (catalogue.data?.offers.nodes ?? []).filter((offer) => !selection.free || offer.capacity.hasFreePlaces),
    selection.sort,
    i18n.language,
  );
  const pages = Math.max(1, Math.ceil(offers.length / PAGE_SIZE));
  const page = Math.min(selection.page, pages);
  const shown = offers.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const kinds = [...new Set(base.map((offer) => offer.kind))].sort((a, b) =>
    norwegian.compare(t(`kind.${a}`), t(`kind.${b}`)),
  );

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('catalogue.title')}
      </Heading>
      <Paragraph>{t('catalogue.intro')}</Paragraph>
      <form
        role="search"
        className="row"
        style={{ alignItems: 'end' }}
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: text.trim() });
        }}
      >
        <Textfield
          label={t('catalogue.search')}
          description={t('catalogue.searchHint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          type="search"
        />
        <Button type="submit">{t('catalogue.searchButton')}</Button>
      </form>
      <div className="catalogue">
        <section className="facets" aria-labelledby="filters-heading">
          <Heading level={2} data-size="sm" id="filters-heading">
            {t('catalogue.filters')}
          </Heading>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.status')}</Fieldset.Legend>
            <Checkbox
              label={`${t('catalogue.openNow')} (${count('open', (o) => o.openForApplications)})`}
              checked={selection.open}
              onChange={() => update({ open: !selection.open })}
            />
            <Checkbox
              label={`${t('catalogue.hasFree')} (${count('free', (o) => o.capacity.hasFreePlaces)})`}
              checked={selection.free}
              onChange={() => update({ free: !selection.free })}
            />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.kind')}</Fieldset.Legend>
            {kinds.map((kind) => (
              <Checkbox
                key={kind}
                label={`${t(`kind.${kind}`)} (${count('kinds', (o) => o.kind === kind)})`}
                checked={selection.kinds.includes(kind)}
                onChange={() => update({ kinds: toggle(selection.kinds, kind) })}
              />
            ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.provider')}</Fieldset.Legend>
            {[...providers]
              .sort(([, a], [, b]) => norwegian.compare(a, b))
              .map(([id, name]) => (
                <Checkbox
                  key={id}
                  label={`${name} (${count('providers', (o) => o.provider.id === id)})`}
                  checked={selection.providers.includes(id)}
                  onChange={() => update({ providers: toggle(selection.providers, id) })}
                />
              ))}
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{t('catalogue.intakeMode')}</Fieldset.Legend>
            {(['MAIN', 'CONTINUOUS'] as const).map((mode) => (
              <Checkbox
                key={mode}
                label={`${t(`intakeMode.${mode}`)} (${count('mode', (o) => o.intakeMode === mode)})`}
                checked={selection.mode === mode}
                onChange={() => update({ mode: selection.mode === mode ? undefined : mode })}
              />
            ))}
          </Fieldset>
          {(
            [
              ['trade', 'fag', catalogue.data?.offerFacets.trades ?? []],
              ['site', 'sted', catalogue.data?.offerFacets.sites ?? []],
            ] as const
          ).map(([group, , values]) => (
            <Field key={group}>
              <Label>{t(`catalogue.${group}`)}</Label>
              <Select
                value={selection[group] ?? ''}
                onChange={(event) => update({ [group]: event.target.value || undefined })}
              >
                <Select.Option value="">{t('catalogue.any')}</Select.Option>
                {values.map((value) => (
                  <Select.Option key={value} value={value}>
                    {value} ({count(group, (o) => o[group] === value)})
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ))}
          <Button
            variant="tertiary"
            onClick={() => {
              setText('');
              setParams(new URLSearchParams());
            }}
          >
            {t('catalogue.clearFilters')}
          </Button>
        </section>
        <section className="stack" aria-labelledby="results-heading">
          <div className="row" style={{ justifyContent: 'space-between', alignItems: 'end' }}>
            <Heading level={2} data-size="sm" id="results-heading" aria-live="polite">
              {catalogue.data ? t('catalogue.found', { count: offers.length }) : t('loading')}
            </Heading>
            <Field>
              <Label>{t('catalogue.sort')}</Label>
              <Select
                width="auto"
                value={selection.sort}
                onChange={(event) => update({ sort: event.target.value as Sort })}
              >
                <Select.Option value="tittel">{t('catalogue.sortTitle')}</Select.Option>
                <Select.Option value="ledige">{t('catalogue.sortFree')}</Select.Option>
                <Select.Option value="frist">{t('catalogue.sortDeadline')}</Select.Option>
              </Select>
            </Field>
          </div>
          {catalogue.isPending && <Loading />}
          {catalogue.isError && <RequestFailed error={catalogue.error} retry={() => void catalogue.refetch()} />}
          {catalogue.data && offers.length === 0 && <Paragraph>{t('catalogue.none')}</Paragraph>}
          <ul className="cards">
            {shown.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} />
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav aria-label={t('catalogue.pagination')} className="row" style={{ alignItems: 'center' }}>
              {page > 1 && (
                <Link asChild>
                  <RouterLink to={`?${writeSelection({ ...selection, page: page - 1 }).toString()}`}>
                    {t('catalogue.previous')}
                  </RouterLink>
                </Link>
              )}
              <Paragraph>{t('catalogue.page', { page, pages })}</Paragraph>
              {page < pages && (
                <Link asChild>
                  <RouterLink to={`?${writeSelection({ ...selection, page: page + 1 }).toString()}`}>
                    {t('catalogue.next')}
                  </RouterLink>
                </Link>
              )}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

function OfferCard({ offer }: { offer: WebOfferCardFragment }) {
  const { t, i18n } = useTranslation();
  const { free, places, waiting, suppressed } = offer.capacity;
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        <Link asChild>
          <RouterLink to={`/tilbud/${offer.id}`}>{pick(offer.title, i18n.language)}</RouterLink>
        </Link>
      </Heading>
      <Paragraph>
        {offer.provider.name} · {t(`kind.${offer.kind}`)}
      </Paragraph>
      <Paragraph>
        {offer.hoursPerWeek != null ? t('card.hours', { hours: offer.hoursPerWeek }) : t('card.daysOrVaries')}
      </Paragraph>
      <Paragraph>
        {offer.intakeMode === 'MAIN' && offer.nextApplicationDeadline
          ? t('card.deadline', { date: formatDate(offer.nextApplicationDeadline, i18n.language) })
          : t('card.continuous')}
        {!offer.openForApplications && ` · ${t('card.closed')}`}
      </Paragraph>
      <Paragraph>
        {places == null
          ? t('card.placesUnknown')
          : free == null
            ? t(offer.capacity.hasFreePlaces ? 'card.freeHidden' : 'card.noFree')
            : free > 0
              ? t('card.free', { count: free })
              : t('card.noFree')}
        {waiting == null
          ? suppressed && ` · ${t('card.waitingHidden')}`
          : waiting > 0 && ` · ${t('card.waiting', { count: waiting })}`}
      </Paragraph>
    </Card>
  );
}
