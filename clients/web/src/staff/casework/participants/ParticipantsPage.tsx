import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { StaffPeopleParticipantsDocument, type StaffPeopleParticipantsQuery } from '../../../../../src/gql/graphql';
import { pick } from '../../../format';
import { gql } from '../../../graphql';
import { Loading, MissingParts, RequestFailed, useTitle } from '../../../pages/common';
import { DataTable, Pager, type Column } from '../../DataTable';
import { useListState } from '../../list-state';
import { ageOn, openApplications, todayInOslo } from './logic';

export const PAGE_SIZE = 20;
const FILTERS = ['q', 'after', 'before'] as const;

type Row = StaffPeopleParticipantsQuery['office']['participants']['nodes'][number];

/** The office's participants (/saksbehandling/deltakere): search by name, a page of 20 at a time, all in the URL. */
export function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('people.list.title'));
  const list = useListState({ filters: FILTERS, sort: 'name' });
  const [, setParams] = useSearchParams();
  const { q, after, before } = list.filters;
  const [text, setText] = useState(q);
  const query = useQuery({
    queryKey: ['staff', 'people', 'participants', q, after, before],
    queryFn: ({ signal }) =>
      gql(
        StaffPeopleParticipantsDocument,
        before
          ? { search: q || null, last: PAGE_SIZE, before }
          : { search: q || null, first: PAGE_SIZE, after: after || null },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const today = todayInOslo();
  const connection = query.data?.office.participants;
  const pages = connection ? Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE)) : 1;
  // A page number without its cursor (typed into the address) is the first page.
  const page = after || before ? Math.min(list.page, pages) : 1;

  // Keyset pages: the cursor goes in the URL with the page's number, in one step (so "back" returns to it).
  const toPage = (page: number, cursor: { after?: string; before?: string }) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.delete('after');
      next.delete('before');
      if (page > 1 && cursor.after) next.set('after', cursor.after);
      if (page > 1 && cursor.before) next.set('before', cursor.before);
      if (page > 1) next.set('page', String(page));
      else next.delete('page');
      return next;
    });

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: t('people.list.name'),
      cell: (row) => (
        <Link asChild>
          <RouterLink to={`/saksbehandling/deltakere/${encodeURIComponent(row.id)}`}>{row.fullName}</RouterLink>
        </Link>
      ),
    },
    {
      key: 'born',
      header: t('people.list.born'),
      cell: (row) => t('people.list.bornValue', { year: row.birthDate.slice(0, 4), age: ageOn(row.birthDate, today) }),
    },
    {
      key: 'places',
      header: t('people.list.places'),
      cell: (row) =>
        row.placements.length === 0
          ? t('people.list.noPlaces')
          : row.placements
              .map((p) => `${p.offer ? pick(p.offer.title, i18n.language) : ''} (${p.provider?.shortName ?? ''})`)
              .join(', '),
    },
    {
      key: 'open',
      header: t('people.list.open'),
      numeric: true,
      cell: (row) => openApplications(row.applications),
    },
  ];

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('people.list.title')}
      </Heading>
      <Paragraph>{t('people.list.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/saksbehandling/deltakere/ny">{t('people.list.newLink')}</RouterLink>
        </Link>
      </Paragraph>
      <form
        role="search"
        className="row"
        style={{ alignItems: 'end' }}
        onSubmit={(event) => {
          event.preventDefault();
          list.setFilters({ q: text.trim(), after: '', before: '' });
        }}
      >
        <Textfield
          label={t('people.list.search')}
          description={t('people.list.searchHint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          type="search"
          name="q"
        />
        <Button type="submit">{t('people.list.searchButton')}</Button>
        {q && (
          <Button
            type="button"
            variant="tertiary"
            onClick={() => {
              setText('');
              list.setFilters({ q: '', after: '', before: '' });
            }}
          >
            {t('people.list.clear')}
          </Button>
        )}
      </form>
      {query.isPending && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && <MissingParts data={query.data} retry={() => void query.refetch()} />}
      {connection && (
        <>
          <Paragraph role="status">{t('people.list.found', { count: connection.totalCount })}</Paragraph>
          <div aria-busy={query.isFetching || undefined} style={{ minWidth: 0 }}>
            <DataTable
              caption={t('people.list.caption')}
              columns={columns}
              rows={connection.nodes}
              rowKey={(row) => row.id}
              empty={t('people.list.none')}
            />
          </div>
          <Pager
            page={page}
            pages={pages}
            onPage={(next) =>
              next > page
                ? toPage(next, { after: connection.pageInfo.endCursor ?? undefined })
                : toPage(next, { before: connection.pageInfo.startCursor ?? undefined })
            }
          />
        </>
      )}
    </div>
  );
}
