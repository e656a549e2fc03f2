import { Link, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { StaffPeopleWaitingEntryFragment } from '../../../../../src/gql/graphql';
import { formatDate, pick } from '../../../format';
import { DataTable, sortRows, type Column } from '../../DataTable';
import type { SortDirection } from '../../list-state';
import { leftReasonKeys, todayInOslo, waitedDays, waitedText } from '../participants/logic';

export type WaitingRow = StaffPeopleWaitingEntryFragment & { participant?: { id: string; fullName: string } | null };

/** "12 uker og 3 dager" / "12 weeks and 3 days". */
export function useWaitedWords() {
  const { t } = useTranslation();
  return (days: number) => {
    const words = waitedText(days);
    if (words.key === 'days') return t('people.waited.days', { count: words.days });
    const weeks = t('people.waited.weeks', { count: words.weeks });
    if (words.key === 'weeks') return weeks;
    return t('people.waited.weeksDays', { weeks, days: t('people.waited.days', { count: words.days }) });
  };
}

/** Why someone left a list, in words where the pages have them, else as the source wrote it. */
export function useLeftReason() {
  const { t } = useTranslation();
  return (reason: string | null | undefined) => {
    const keys = leftReasonKeys(reason);
    if (!reason) return '';
    const status = keys.status ? t(`people.left.${keys.status}`) : reason.split('/')[0];
    if (!keys.cause) return status;
    return t('people.left.cause', {
      status,
      cause: t(`people.left.causes.${keys.cause}`, { defaultValue: keys.cause }),
    });
  };
}

/**
 * Waiting entries as a table: who (when `withNames`), what for, who keeps the list, since when, how long, place in
 * the queue, and waiting or left (the day and the reason). Sortable when `onSort` is given (client-side).
 */
export function WaitingTable({
  caption,
  entries,
  empty,
  withNames = false,
  sort,
  direction,
  onSort,
}: {
  caption: string;
  entries: WaitingRow[];
  empty: string;
  withNames?: boolean;
  sort?: string;
  direction?: SortDirection;
  onSort?(key: string): void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const today = todayInOslo();
  const waited = useWaitedWords();
  const leftReason = useLeftReason();
  const sortable = Boolean(onSort);
  const columns: Column<WaitingRow>[] = [
    ...(withNames
      ? [
          {
            key: 'name',
            header: t('people.waiting.name'),
            sortValue: sortable ? (row: WaitingRow) => row.participant?.fullName ?? '' : undefined,
            cell: (row: WaitingRow) =>
              row.participant ? (
                <Link asChild>
                  <RouterLink to={`/saksbehandling/deltakere/${encodeURIComponent(row.participant.id)}`}>
                    {row.participant.fullName}
                  </RouterLink>
                </Link>
              ) : (
                t('people.waiting.unknown')
              ),
          },
        ]
      : []),
    {
      key: 'what',
      header: t('people.waiting.what'),
      sortValue: sortable ? (row) => (row.offer ? pick(row.offer.title, language) : row.description) : undefined,
      cell: (row) => (row.offer ? pick(row.offer.title, language) : row.description),
    },
    { key: 'source', header: t('people.waiting.source'), cell: (row) => row.source?.shortName ?? '' },
    {
      key: 'since',
      header: t('people.waiting.since'),
      sortValue: sortable ? (row) => row.since : undefined,
      cell: (row) => formatDate(row.since, language),
    },
    {
      key: 'waited',
      header: t('people.waiting.waited'),
      numeric: true,
      sortValue: sortable ? (row) => waitedDays(row, today) : undefined,
      cell: (row) => waited(waitedDays(row, today)),
    },
    {
      key: 'position',
      header: t('people.waiting.position'),
      numeric: true,
      sortValue: sortable ? (row) => row.position : undefined,
      cell: (row) => row.position ?? '–',
    },
    {
      key: 'status',
      header: t('people.waiting.status'),
      sortValue: sortable ? (row) => (row.leftOn ? 1 : 0) : undefined,
      cell: (row) =>
        row.leftOn ? (
          <Tag data-color="neutral">
            {t('people.waiting.leftOn', { date: formatDate(row.leftOn, language), reason: leftReason(row.leftReason) })}
          </Tag>
        ) : (
          <Tag data-color="info">{t('people.waiting.waitingNow')}</Tag>
        ),
    },
  ];
  const rows = sort && direction ? sortRows(entries, columns, sort, direction) : entries;
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      sort={sort}
      direction={direction}
      onSort={onSort}
      empty={empty}
    />
  );
}
