import { Checkbox, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { StaffPeopleWaitingListsDocument } from '../../../../../src/gql/graphql';
import { norwegian, pick } from '../../../format';
import { gql } from '../../../graphql';
import { Loading, MissingParts, RequestFailed, useTitle } from '../../../pages/common';
import { useListState } from '../../list-state';
import { VTA_LIST } from '../participants/logic';
import { WaitingTable } from './WaitingTable';

const FILTERS = ['list', 'waiting'] as const;

/**
 * The waiting lists (/saksbehandling/ventelister): the VTA list across providers, or one offer's list; those who
 * left stay on it with the day and the reason unless only those waiting are asked for. List, filter and sort are
 * in the URL.
 */
export function WaitingListsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  useTitle(t('people.waiting.title'));
  const list = useListState({ filters: FILTERS, sort: 'waited', direction: 'desc' });
  const chosen = list.filters.list || VTA_LIST;
  const onlyWaiting = list.filters.waiting === '1';
  const variables =
    chosen === VTA_LIST
      ? { kinds: ['VTA' as const], offerId: null, includeLeft: !onlyWaiting }
      : { kinds: null, offerId: chosen, includeLeft: !onlyWaiting };
  const query = useQuery({
    queryKey: ['staff', 'people', 'waiting', variables],
    queryFn: ({ signal }) => gql(StaffPeopleWaitingListsDocument, variables, signal),
    placeholderData: keepPreviousData,
  });
  const offers = [...(query.data?.offers.nodes ?? [])].sort((a, b) =>
    norwegian.compare(pick(a.title, language), pick(b.title, language)),
  );
  const offerName = (offer: (typeof offers)[number]) =>
    t('people.waiting.offerOption', { title: pick(offer.title, language), provider: offer.provider.shortName });
  const chosenOffer = offers.find((offer) => offer.id === chosen);
  const listName = chosen === VTA_LIST ? t('people.waiting.vta') : chosenOffer ? offerName(chosenOffer) : '';
  const entries = query.data?.office.waitingList ?? [];
  const left = entries.filter((entry) => entry.leftOn).length;

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('people.waiting.title')}
      </Heading>
      <Paragraph>{t('people.waiting.intro')}</Paragraph>
      <div className="row" style={{ alignItems: 'end' }}>
        <Field style={{ maxWidth: '100%' }}>
          <Label>{t('people.waiting.list')}</Label>
          <Select
            value={chosen}
            onChange={(event) => list.setFilters({ list: event.target.value === VTA_LIST ? '' : event.target.value })}
          >
            <Select.Option value={VTA_LIST}>{t('people.waiting.vta')}</Select.Option>
            {offers.map((offer) => (
              <Select.Option key={offer.id} value={offer.id}>
                {offerName(offer)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Checkbox
          label={t('people.waiting.onlyWaiting')}
          checked={onlyWaiting}
          onChange={() => list.setFilters({ waiting: onlyWaiting ? '' : '1' })}
        />
      </div>
      {query.isPending && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <>
          <MissingParts data={query.data} retry={() => void query.refetch()} />
          <Paragraph role="status">{t('people.waiting.count', { waiting: entries.length - left, left })}</Paragraph>
          <div aria-busy={query.isFetching || undefined} style={{ minWidth: 0 }}>
            <WaitingTable
              caption={t('people.waiting.caption', { list: listName })}
              entries={entries}
              empty={t('people.waiting.none')}
              withNames
              sort={list.sort}
              direction={list.direction}
              onSort={list.toggleSort}
            />
          </div>
        </>
      )}
    </div>
  );
}
