import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { WebNeedQuery } from '../../../src/gql/graphql';
import { formatDate } from '../format';
import { gql } from '../graphql';
import { Loading, MissingParts, RequestFailed, useTitle } from '../pages/common';
import { live, useTimeText, useViewerKey } from './hooks';
import { WebNeed } from './documents';
import { Figure, type StatColumn } from './Figure';
import { countText, countValue, formatNumber, osloToday, periodInput, readFilters, trendOf } from './model';

interface MonthRow {
  label: string;
  occupied?: WebNeedQuery['capacityStatistics']['rows'][number]['occupied'];
  waiting?: WebNeedQuery['waitingTimeStatistics'][number]['waiting'];
  medianDays?: number | null;
  /** The state's VTA places in the month, and NAV's VTA participations on its last day (or today). */
  statePlaces?: number;
  stateInUse?: WebNeedQuery['navStateVtaPlacesOverTime'][number]['inUse'];
}

/**
 * /tall/behovet: one printable page for the state and the council about VTA: who waits and how long, the state's
 * places and how many are in use, and how it has gone over the last 12 months, in short sentences, with the day and
 * the freshness of the figures. The same rules hide small counts as on /tall.
 */
export function NeedPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('dashboard.need.title'));
  const [params] = useSearchParams();
  const today = useMemo(() => osloToday(), []);
  const filters = { ...readFilters(params, today), interval: 'MONTH' as const };
  const viewer = useViewerKey();
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'need', filters.from, filters.to],
    queryFn: ({ signal }) => gql(WebNeed, { period: periodInput(filters) }, signal),
    ...live,
  });
  const time = useTimeText();
  const language = i18n.language;
  const body = () => {
    if (query.isPending) return <Loading />;
    if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
    const data = query.data;
    const vtaCapacity = data.capacityStatistics.rows.filter((row) => row.group.kind === 'VTA');
    const vtaWaiting = data.waitingTimeStatistics.filter((row) => row.kind === 'VTA');
    const allocation = data.navStateVtaPlaces[0];
    // The state's places over time, for the municipality of the newest allocation (Bærum).
    const state = data.navStateVtaPlacesOverTime.filter((row) => row.municipality === allocation?.municipality);
    const labels = [...new Set([...vtaCapacity, ...vtaWaiting].map((row) => row.period.label))].sort();
    const months: MonthRow[] = labels.map((label) => {
      const waiting = vtaWaiting.find((row) => row.period.label === label);
      return {
        label,
        occupied: vtaCapacity.find((row) => row.period.label === label)?.occupied,
        waiting: waiting?.waiting,
        medianDays: waiting?.medianDays,
        statePlaces: state.find((row) => row.period.label === label)?.places,
        stateInUse: state.find((row) => row.period.label === label)?.inUse,
      };
    });
    const latest = vtaWaiting[vtaWaiting.length - 1];
    const trend = trendOf(months.map((month) => countValue(month.waiting)));
    const { feeds, eventsBehind } = data.capacityStatistics.freshness;
    const columns: StatColumn<MonthRow>[] = [
      { key: 'period', header: t('dashboard.column.period'), value: (row) => row.label },
      { key: 'occupied', header: t('dashboard.need.occupiedSeries'), value: (row) => row.occupied, numeric: true },
      { key: 'waiting', header: t('dashboard.need.waitingSeries'), value: (row) => row.waiting, numeric: true },
      { key: 'median', header: t('dashboard.column.medianDays'), value: (row) => row.medianDays, numeric: true },
      ...(state.length > 0
        ? [
            {
              key: 'statePlaces',
              header: t('dashboard.need.statePlacesSeries'),
              value: (row: MonthRow) => row.statePlaces,
              numeric: true,
            },
            {
              key: 'stateInUse',
              header: t('dashboard.need.stateInUseSeries'),
              value: (row: MonthRow) => row.stateInUse,
              numeric: true,
            },
          ]
        : []),
    ];
    type Allocation = WebNeedQuery['navStateVtaPlaces'][number];
    const placeColumns: StatColumn<Allocation>[] = [
      { key: 'year', header: t('dashboard.column.year'), value: (row) => String(row.year) },
      { key: 'municipality', header: t('dashboard.column.municipality'), value: (row) => row.municipality },
      { key: 'places', header: t('dashboard.column.places'), value: (row) => row.places, numeric: true },
      { key: 'inUse', header: t('dashboard.column.inUse'), value: (row) => row.inUse, numeric: true },
      { key: 'free', header: t('dashboard.column.free'), value: (row) => row.free, numeric: true },
    ];
    return (
      <>
        <MissingParts data={data} retry={() => void query.refetch()} />
        <Paragraph>
          {t('dashboard.asOf', { date: formatDate(data.capacityStatistics.asOf, language) })}{' '}
          {eventsBehind === 0
            ? t('dashboard.freshness.current', { count: feeds })
            : t('dashboard.freshness.behind', { count: eventsBehind })}
        </Paragraph>
        <Paragraph data-size="sm" aria-live="polite" className="dashboard-updated">
          {t('dashboard.updated', { time: time(query.dataUpdatedAt) })}
        </Paragraph>
        <section className="stack need-key" aria-labelledby="need-key">
          <Heading level={2} data-size="md" id="need-key">
            {t('dashboard.need.keyTitle')}
          </Heading>
          <ul className="need-points">
            <li>
              {latest && !latest.waiting.suppressed && latest.waiting.value != null
                ? t('dashboard.need.waitingNow', { count: latest.waiting.value })
                : t('dashboard.need.waitingHidden')}
            </li>
            {latest?.medianDays != null ? (
              <li>{t('dashboard.need.waited', { median: formatNumber(latest.medianDays, language) })}</li>
            ) : (
              <li>{t('dashboard.need.waitedUnknown')}</li>
            )}
            {latest?.p90Days != null && (
              <li>{t('dashboard.need.waitedLong', { p90: formatNumber(latest.p90Days, language) })}</li>
            )}
            {allocation ? (
              <>
                <li>
                  {t('dashboard.need.places', {
                    municipality: allocation.municipality,
                    places: formatNumber(allocation.places, language),
                    year: allocation.year,
                  })}
                </li>
                <li>
                  {allocation.inUse.suppressed
                    ? t('dashboard.need.inUseHidden')
                    : t('dashboard.need.inUse', {
                        inUse: countText(allocation.inUse, language),
                        free: countText(allocation.free, language),
                      })}
                </li>
              </>
            ) : (
              <li>{t('dashboard.need.noPlaces')}</li>
            )}
          </ul>
          <Paragraph>{t('dashboard.need.about')}</Paragraph>
        </section>
        <Figure
          id="behovet-utvikling"
          title={t('dashboard.need.trendTitle')}
          summary={t(`dashboard.need.trend_${trend.kind}`, {
            first: 'first' in trend ? formatNumber(trend.first, language) : '',
            last: 'last' in trend ? formatNumber(trend.last, language) : '',
          })}
          chart={{
            kind: 'line',
            categories: months.map((month) => month.label),
            series: [
              {
                key: 'waiting',
                label: t('dashboard.need.waitingSeries'),
                values: months.map((month) => countValue(month.waiting)),
                hidden: months.map((month) => Boolean(month.waiting?.suppressed)),
              },
              {
                key: 'occupied',
                label: t('dashboard.need.occupiedSeries'),
                values: months.map((month) => countValue(month.occupied)),
                hidden: months.map((month) => Boolean(month.occupied?.suppressed)),
              },
              ...(state.length > 0
                ? [
                    {
                      key: 'statePlaces',
                      label: t('dashboard.need.statePlacesSeries'),
                      values: months.map((month) => month.statePlaces ?? null),
                    },
                  ]
                : []),
            ],
            xLabel: t('dashboard.column.period'),
            yLabel: t('dashboard.people'),
          }}
          caption={t('dashboard.need.trendCaption')}
          columns={columns}
          rows={months}
          rowKey={(row) => row.label}
          empty={t('dashboard.empty')}
          filters={filters}
        />
        <Figure
          id="behovet-plasser"
          title={t('dashboard.need.placesTitle')}
          summary={
            allocation
              ? t('dashboard.state.summary', {
                  year: allocation.year,
                  municipality: allocation.municipality,
                  places: formatNumber(allocation.places, language),
                  inUse: countText(allocation.inUse, language),
                })
              : t('dashboard.need.noPlaces')
          }
          caption={t('dashboard.state.caption')}
          columns={placeColumns}
          rows={data.navStateVtaPlaces}
          rowKey={(row) => row.id}
          empty={t('dashboard.need.noPlaces')}
          filters={filters}
        />
      </>
    );
  };
  return (
    <div className="stack dashboard need">
      <Heading level={1} data-size="lg">
        {t('dashboard.need.title')}
      </Heading>
      <Paragraph data-size="lg">{t('dashboard.need.lead')}</Paragraph>
      <div className="dashboard-actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('dashboard.print')}
        </Button>
        <Link asChild>
          <RouterLink to="/tall">{t('dashboard.need.back')}</RouterLink>
        </Link>
      </div>
      {body()}
    </div>
  );
}
