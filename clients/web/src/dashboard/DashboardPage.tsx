import {
  Button,
  ErrorSummary,
  Field,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type ComponentRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import type {
  WebCapacityRowFragment,
  WebDashboardArbaQuery,
  WebDashboardCapacityQuery,
  WebDashboardFlowMeetingsQuery,
  WebDashboardIntakeQuery,
  WebDashboardStatePlacesQuery,
  WebDashboardWaitingQuery,
} from '../../../src/gql/graphql';
import {
  WebDashboardArba,
  WebDashboardCapacity,
  WebDashboardFlowMeetings,
  WebDashboardIntake,
  WebDashboardStatePlaces,
  WebDashboardWaiting,
} from './documents';
import { useAuth } from '../auth';
import { formatDate } from '../format';
import { gql } from '../graphql';
import { Loading, MissingParts, RequestFailed, useTitle } from '../pages/common';
import { Figure, type StatColumn } from './Figure';
import { live, useGroupName, useTimeText, useViewerKey } from './hooks';
import {
  countText,
  countValue,
  filterProblems,
  formatNumber,
  GROUPINGS,
  INTERVALS,
  largest,
  osloToday,
  periodInput,
  readFilters,
  roundName,
  shareText,
  trendOf,
  withDashboardFilters,
  type DashboardFilters,
  type Grouping,
  type Interval,
} from './model';

/**
 * /tall: the figures for everyone. Capacity now and over time, waiting lists and waiting time, intake rounds, flow
 * meetings, Arba's AFT outcomes against NAV's requirement, and the state's VTA places. The period, interval and
 * grouping are in the URL; each figure is its own request, asked again every minute.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  useTitle(t('dashboard.title'));
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => osloToday(), []);
  const filters = readFilters(params, today);
  const viewer = useViewerKey();
  return (
    <div className="stack dashboard">
      <Heading level={1} data-size="lg">
        {t('dashboard.title')}
      </Heading>
      <Paragraph>{t('dashboard.intro')}</Paragraph>
      <Paragraph>{t('dashboard.privacy')}</Paragraph>
      <StaffSignIn />
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/tall/behovet${params.toString() ? `?${params.toString()}` : ''}`}>
            {t('dashboard.needLink')}
          </RouterLink>
        </Link>
      </Paragraph>
      <FilterForm
        filters={filters}
        onApply={(next) => setParams((current) => withDashboardFilters(current, next, today))}
      />
      <CapacityFigures filters={filters} viewer={viewer} />
      <WaitingFigures filters={filters} viewer={viewer} />
      <IntakeFigures filters={filters} viewer={viewer} />
      <FlowFigures filters={filters} viewer={viewer} />
      <ArbaFigures filters={filters} viewer={viewer} />
      <StateFigures filters={filters} viewer={viewer} />
    </div>
  );
}

/** For someone signed out: staff may see more, after signing in (and come back to the same figures). */
function StaffSignIn() {
  const { t } = useTranslation();
  const { status, signIn } = useAuth();
  const location = useLocation();
  if (status === 'signed-in') return null;
  return (
    <div className="dashboard-sign-in">
      <Paragraph>{t('dashboard.staffSignIn')}</Paragraph>
      <Button variant="secondary" onClick={() => void signIn(`${location.pathname}${location.search}`)}>
        {t('dashboard.staffSignInButton')}
      </Button>
    </div>
  );
}

type Problems = ReturnType<typeof filterProblems>;

function FilterForm({ filters, onApply }: { filters: DashboardFilters; onApply(next: DashboardFilters): void }) {
  const { t } = useTranslation();
  const { person } = useAuth();
  const [draft, setDraft] = useState(filters);
  const [problems, setProblems] = useState<Problems>({});
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const key = JSON.stringify(filters);
  // The URL changed from outside the form (back, a link): show what it says.
  useEffect(() => setDraft(JSON.parse(key) as DashboardFilters), [key]);
  useEffect(() => {
    if (Object.keys(problems).length) summary.current?.focus();
  }, [problems, attempt]);
  // Figures by offer are for case work only (the graph refuses them to anyone else).
  const groupings = GROUPINGS.filter((g) => g !== 'OFFER' || person?.roles.includes('case-worker'));
  const entries = Object.entries(problems) as [keyof Problems, 'date' | 'order'][];
  return (
    <form
      className="stack dashboard-filters"
      noValidate
      aria-labelledby="dashboard-filters"
      onSubmit={(event) => {
        event.preventDefault();
        const found = filterProblems(draft);
        setProblems(found);
        setAttempt((n) => n + 1);
        if (Object.keys(found).length === 0) onApply(draft);
      }}
    >
      <Heading level={2} data-size="sm" id="dashboard-filters">
        {t('dashboard.filters.legend')}
      </Heading>
      {entries.length > 0 && (
        <ErrorSummary ref={summary} tabIndex={-1}>
          <ErrorSummary.Heading>{t('dashboard.filters.errorsTitle')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {entries.map(([field, problem]) => (
              <ErrorSummary.Item key={field}>
                <ErrorSummary.Link
                  href={`#dashboard-${field}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`dashboard-${field}`)?.focus();
                  }}
                >
                  {`${t(`dashboard.filters.${field}`)}: ${t(`dashboard.filters.${problem}`)}`}
                </ErrorSummary.Link>
              </ErrorSummary.Item>
            ))}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <div className="dashboard-filter-fields">
        <Textfield
          id="dashboard-from"
          type="date"
          label={t('dashboard.filters.from')}
          value={draft.from}
          error={problems.from ? t(`dashboard.filters.${problems.from}`) : undefined}
          onChange={(event) => setDraft((current) => ({ ...current, from: event.target.value }))}
        />
        <Textfield
          id="dashboard-to"
          type="date"
          label={t('dashboard.filters.to')}
          value={draft.to}
          error={problems.to ? t(`dashboard.filters.${problems.to}`) : undefined}
          onChange={(event) => setDraft((current) => ({ ...current, to: event.target.value }))}
        />
        <Field>
          <Label>{t('dashboard.filters.interval')}</Label>
          <Select
            id="dashboard-interval"
            value={draft.interval}
            onChange={(event) => setDraft((current) => ({ ...current, interval: event.target.value as Interval }))}
          >
            {INTERVALS.map((interval) => (
              <Select.Option key={interval} value={interval}>
                {t(`dashboard.interval.${interval}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('dashboard.filters.groupBy')}</Label>
          <Select
            id="dashboard-groupBy"
            value={draft.groupBy}
            onChange={(event) => setDraft((current) => ({ ...current, groupBy: event.target.value as Grouping }))}
          >
            {groupings.map((grouping) => (
              <Select.Option key={grouping} value={grouping}>
                {t(`dashboard.groupBy.${grouping}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <Button type="submit">{t('dashboard.filters.show')}</Button>
      </div>
    </form>
  );
}

/** An answer with the filters it was asked for: captions and file names follow what is shown, not what is asked. */
async function asked<T extends object>(
  filters: DashboardFilters,
  answer: Promise<T>,
): Promise<T & { asked: DashboardFilters }> {
  return { ...(await answer), asked: filters };
}

interface FiguresProps {
  filters: DashboardFilters;
  viewer: string;
}

/** A request's states around its figures: loading, failed (with a retry), parts missing, or the figures. */
function Answer<T>({
  query,
  children,
}: {
  query: {
    isPending: boolean;
    isError: boolean;
    isPlaceholderData: boolean;
    error: unknown;
    data?: T;
    refetch(): unknown;
  };
  children(data: T): ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  // While new filters' figures are on their way the old ones stay, marked busy (no flicker, no empty page).
  return (
    <div className="stack" aria-busy={query.isPlaceholderData || undefined}>
      <MissingParts data={query.data} retry={() => void query.refetch()} />
      {children(query.data)}
    </div>
  );
}

function Freshness({ data, updatedAt }: { data: WebDashboardCapacityQuery['capacityStatistics']; updatedAt: number }) {
  const { t, i18n } = useTranslation();
  const time = useTimeText();
  const { feeds, eventsBehind, oldestReadToEndAt } = data.freshness;
  return (
    <div className="dashboard-freshness">
      <Paragraph>
        {t('dashboard.asOf', { date: formatDate(data.asOf, i18n.language) })}{' '}
        {eventsBehind === 0
          ? t('dashboard.freshness.current', { count: feeds })
          : t('dashboard.freshness.behind', { count: eventsBehind })}{' '}
        {oldestReadToEndAt &&
          t('dashboard.freshness.oldest', {
            time: `${formatDate(oldestReadToEndAt.slice(0, 10), i18n.language)} ${time(Date.parse(oldestReadToEndAt))}`,
          })}
      </Paragraph>
      <Paragraph data-size="sm" aria-live="polite" className="dashboard-updated">
        {t('dashboard.updated', { time: time(updatedAt) })}
      </Paragraph>
    </div>
  );
}

function CapacityFigures({ filters: wanted, viewer }: FiguresProps) {
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'capacity', wanted],
    queryFn: ({ signal }) =>
      asked(wanted, gql(WebDashboardCapacity, { period: periodInput(wanted), groupBy: wanted.groupBy }, signal)),
    ...live,
  });
  // The figures shown are those of the filters they were asked for, until the new ones are in.
  const filters = query.data?.asked ?? wanted;
  return (
    <Answer query={query}>
      {(data) => (
        <>
          <Freshness data={data.capacityStatistics} updatedAt={query.dataUpdatedAt} />
          <Capacity data={data.capacityStatistics} filters={filters} />
        </>
      )}
    </Answer>
  );
}

type CapacityRow = WebCapacityRowFragment;

function Capacity({
  data,
  filters,
}: {
  data: WebDashboardCapacityQuery['capacityStatistics'];
  filters: DashboardFilters;
}) {
  const { t, i18n } = useTranslation();
  const groupName = useGroupName();
  const language = i18n.language;
  const last = data.periods[data.periods.length - 1];
  const now = last ? data.rows.filter((row) => row.period.label === last.label) : [];
  const by = t(`dashboard.groupByWord.${data.groupBy}`);
  const interval = t(`dashboard.intervalWord.${filters.interval}`);
  const most = largest(now, (row) => countValue(row.occupied));
  const nowColumns: StatColumn<CapacityRow>[] = [
    { key: 'group', header: t(`dashboard.groupBy.${data.groupBy}`), value: (row) => groupName(row.group) },
    { key: 'places', header: t('dashboard.column.places'), value: (row) => row.places, numeric: true },
    { key: 'occupied', header: t('dashboard.column.occupied'), value: (row) => row.occupied, numeric: true },
    { key: 'upcoming', header: t('dashboard.column.upcoming'), value: (row) => row.upcoming, numeric: true },
    { key: 'free', header: t('dashboard.column.free'), value: (row) => row.free, numeric: true },
    { key: 'waiting', header: t('dashboard.column.waiting'), value: (row) => row.waiting, numeric: true },
  ];
  const trendColumns: StatColumn<CapacityRow>[] = [
    { key: 'period', header: t('dashboard.column.period'), value: (row) => row.period.label },
    { key: 'places', header: t('dashboard.column.places'), value: (row) => row.places, numeric: true },
    { key: 'occupied', header: t('dashboard.column.occupied'), value: (row) => row.occupied, numeric: true },
    { key: 'upcoming', header: t('dashboard.column.upcoming'), value: (row) => row.upcoming, numeric: true },
    { key: 'free', header: t('dashboard.column.free'), value: (row) => row.free, numeric: true },
    { key: 'waiting', header: t('dashboard.column.waiting'), value: (row) => row.waiting, numeric: true },
    { key: 'started', header: t('dashboard.column.started'), value: (row) => row.started, numeric: true },
    { key: 'ended', header: t('dashboard.column.ended'), value: (row) => row.ended, numeric: true },
  ];
  const trend = trendOf(data.totals.map((row) => countValue(row.occupied)));
  const trendSummary =
    trend.kind === 'none'
      ? t('dashboard.trend.summary_none')
      : t(`dashboard.trend.summary_${trend.kind}`, {
          first: 'first' in trend ? formatNumber(trend.first, language) : '',
          last: formatNumber(trend.last, language),
        });
  const series = (
    key: 'occupied' | 'waiting' | 'upcoming',
    rows: readonly CapacityRow[],
  ): { key: string; label: string; values: (number | null)[]; hidden: boolean[] } => ({
    key,
    label: t(`dashboard.column.${key}`),
    values: rows.map((row) => countValue(row[key])),
    hidden: rows.map((row) => row[key].suppressed),
  });
  return (
    <>
      <Figure
        id="kapasitet-na"
        title={t('dashboard.capacityNow.title')}
        summary={
          most
            ? t('dashboard.capacityNow.summary', {
                group: groupName(most.item.group),
                count: formatNumber(most.value, language),
              })
            : t('dashboard.capacityNow.summaryNone')
        }
        chart={{
          kind: 'bar',
          categories: now.map((row) => groupName(row.group)),
          series: [series('occupied', now), series('upcoming', now), series('waiting', now)],
          xLabel: t(`dashboard.groupBy.${data.groupBy}`),
          yLabel: t('dashboard.people'),
        }}
        caption={t('dashboard.capacityNow.caption', { date: last ? formatDate(last.asOf, language) : '', by })}
        columns={nowColumns}
        rows={now}
        rowKey={(row) => row.group.key}
        empty={t('dashboard.empty')}
        filters={filters}
      />
      <Figure
        id="utvikling"
        title={t('dashboard.trend.title')}
        summary={trendSummary}
        chart={{
          kind: 'line',
          categories: data.totals.map((row) => row.period.label),
          series: [series('occupied', data.totals), series('waiting', data.totals)],
          xLabel: t('dashboard.column.period'),
          yLabel: t('dashboard.people'),
        }}
        caption={t('dashboard.trend.caption', { interval })}
        note={t('dashboard.trend.placesNote')}
        columns={trendColumns}
        rows={data.totals}
        rowKey={(row) => row.period.label}
        empty={t('dashboard.empty')}
        filters={filters}
      />
      {data.groupBy !== 'TOTAL' && (
        <Figure
          id="utvikling-gruppe"
          title={t('dashboard.groupTrend.title', { by })}
          summary={t('dashboard.groupTrend.summary', { by })}
          caption={t('dashboard.groupTrend.caption', { interval, by })}
          columns={[
            { key: 'group', header: t(`dashboard.groupBy.${data.groupBy}`), value: (row) => groupName(row.group) },
            ...trendColumns,
          ]}
          rows={data.rows}
          rowKey={(row) => `${row.group.key}-${row.period.label}`}
          empty={t('dashboard.empty')}
          filters={filters}
        />
      )}
    </>
  );
}

type WaitingRow = WebDashboardWaitingQuery['waitingTimeStatistics'][number];

function WaitingFigures({ filters: wanted, viewer }: FiguresProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'waiting', wanted],
    queryFn: ({ signal }) => asked(wanted, gql(WebDashboardWaiting, { period: periodInput(wanted) }, signal)),
    ...live,
  });
  // The figures shown are those of the filters they were asked for, until the new ones are in.
  const filters = query.data?.asked ?? wanted;
  const language = i18n.language;
  const kindName = (row: WaitingRow) => (row.kind ? t(`kind.${row.kind}`) : t('dashboard.otherKind'));
  const columns: StatColumn<WaitingRow>[] = [
    { key: 'period', header: t('dashboard.column.period'), value: (row) => row.period.label },
    { key: 'kind', header: t('dashboard.column.kind'), value: kindName },
    { key: 'waiting', header: t('dashboard.column.waiting'), value: (row) => row.waiting, numeric: true },
    { key: 'median', header: t('dashboard.column.medianDays'), value: (row) => row.medianDays, numeric: true },
    { key: 'p90', header: t('dashboard.column.p90Days'), value: (row) => row.p90Days, numeric: true },
    { key: 'left', header: t('dashboard.column.leftForPlace'), value: (row) => row.leftForPlace, numeric: true },
  ];
  return (
    <Answer query={query}>
      {(data) => {
        const rows = data.waitingTimeStatistics;
        const vta = rows.filter((row) => row.kind === 'VTA');
        const trend = trendOf(vta.map((row) => countValue(row.waiting)));
        return (
          <Figure
            id="venteliste"
            title={t('dashboard.waiting.title')}
            summary={t(`dashboard.waiting.summary_${trend.kind}`, {
              first: 'first' in trend ? formatNumber(trend.first, language) : '',
              last: 'last' in trend ? formatNumber(trend.last, language) : '',
            })}
            chart={
              vta.length > 0
                ? {
                    kind: 'line',
                    categories: vta.map((row) => row.period.label),
                    series: [
                      {
                        key: 'waiting',
                        label: t('dashboard.waiting.vtaSeries'),
                        values: vta.map((row) => countValue(row.waiting)),
                        hidden: vta.map((row) => row.waiting.suppressed),
                      },
                      {
                        key: 'left',
                        label: t('dashboard.waiting.leftSeries'),
                        values: vta.map((row) => countValue(row.leftForPlace)),
                        hidden: vta.map((row) => row.leftForPlace.suppressed),
                      },
                    ],
                    xLabel: t('dashboard.column.period'),
                    yLabel: t('dashboard.people'),
                  }
                : undefined
            }
            caption={t('dashboard.waiting.caption', { interval: t(`dashboard.intervalWord.${filters.interval}`) })}
            columns={columns}
            rows={rows}
            rowKey={(row) => `${row.period.label}-${row.kind ?? 'other'}`}
            empty={t('dashboard.empty')}
            filters={filters}
          />
        );
      }}
    </Answer>
  );
}

type IntakeRow = WebDashboardIntakeQuery['intakeStatistics'][number];

function IntakeFigures({ filters: wanted, viewer }: FiguresProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'intake', wanted],
    queryFn: ({ signal }) => asked(wanted, gql(WebDashboardIntake, { period: periodInput(wanted) }, signal)),
    ...live,
  });
  // The figures shown are those of the filters they were asked for, until the new ones are in.
  const filters = query.data?.asked ?? wanted;
  const language = i18n.language;
  const name = (row: IntakeRow) => {
    const round = roundName(row.round);
    return round ? t(`dashboard.round.${round.kind}`, { year: round.year }) : row.label;
  };
  const columns: StatColumn<IntakeRow>[] = [
    { key: 'round', header: t('dashboard.column.round'), value: name },
    { key: 'submitted', header: t('dashboard.column.submitted'), value: (row) => row.submitted, numeric: true },
    { key: 'granted', header: t('dashboard.column.granted'), value: (row) => row.granted, numeric: true },
    { key: 'rejected', header: t('dashboard.column.rejected'), value: (row) => row.rejected, numeric: true },
    { key: 'waiting', header: t('dashboard.column.waitingList'), value: (row) => row.waiting, numeric: true },
    { key: 'undecided', header: t('dashboard.column.undecided'), value: (row) => row.undecided, numeric: true },
    {
      key: 'median',
      header: t('dashboard.column.medianDecision'),
      value: (row) => row.medianDaysToDecision,
      numeric: true,
    },
    { key: 'p90', header: t('dashboard.column.p90Decision'), value: (row) => row.p90DaysToDecision, numeric: true },
  ];
  return (
    <Answer query={query}>
      {(data) => {
        const rows = data.intakeStatistics;
        const most = largest(rows, (row) => countValue(row.submitted));
        const bar = (key: 'granted' | 'rejected' | 'waiting' | 'undecided', label: string) => ({
          key,
          label,
          values: rows.map((row) => countValue(row[key])),
          hidden: rows.map((row) => row[key].suppressed),
        });
        return (
          <Figure
            id="opptak"
            title={t('dashboard.intake.title')}
            summary={
              most
                ? t('dashboard.intake.summary', {
                    count: rows.length,
                    round: name(most.item),
                    submitted: formatNumber(most.value, language),
                  })
                : t('dashboard.intake.summaryNone', { count: rows.length })
            }
            chart={{
              kind: 'bar',
              categories: rows.map(name),
              series: [
                bar('granted', t('dashboard.column.granted')),
                bar('rejected', t('dashboard.column.rejected')),
                bar('waiting', t('dashboard.column.waitingList')),
                bar('undecided', t('dashboard.column.undecided')),
              ],
              xLabel: t('dashboard.column.round'),
              yLabel: t('dashboard.people'),
            }}
            caption={t('dashboard.intake.caption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.round}
            empty={t('dashboard.empty')}
            filters={filters}
          />
        );
      }}
    </Answer>
  );
}

type FlowRow = WebDashboardFlowMeetingsQuery['flowMeetingStatistics'][number];

function FlowFigures({ filters: wanted, viewer }: FiguresProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'flow', wanted],
    queryFn: ({ signal }) => asked(wanted, gql(WebDashboardFlowMeetings, { period: periodInput(wanted) }, signal)),
    ...live,
  });
  // The figures shown are those of the filters they were asked for, until the new ones are in.
  const filters = query.data?.asked ?? wanted;
  const name = (row: FlowRow) => t('dashboard.meeting', { week: row.week, year: row.date.slice(0, 4) });
  return (
    <Answer query={query}>
      {(data) => {
        const rows = data.flowMeetingStatistics;
        const statuses = [...new Set(rows.flatMap((row) => row.byOutcome.map((o) => o.status)))];
        const outcome = (row: FlowRow, status: string) => row.byOutcome.find((o) => o.status === status)?.count;
        const columns: StatColumn<FlowRow>[] = [
          { key: 'meeting', header: t('dashboard.column.meeting'), value: name },
          { key: 'date', header: t('dashboard.column.date'), value: (row) => formatDate(row.date, i18n.language) },
          {
            key: 'transitions',
            header: t('dashboard.column.transitions'),
            value: (row) => row.transitions,
            numeric: true,
          },
          ...statuses.map((status) => ({
            key: status,
            header: t(`flow.status.${status}`),
            value: (row: FlowRow) => outcome(row, status),
            numeric: true,
          })),
        ];
        return (
          <Figure
            id="flytmoter"
            title={t('dashboard.flow.title')}
            summary={t('dashboard.flow.summary', { count: rows.length })}
            chart={{
              kind: 'bar',
              categories: rows.map(name),
              series: statuses.map((status) => ({
                key: status,
                label: t(`flow.status.${status}`),
                values: rows.map((row) => countValue(outcome(row, status))),
                hidden: rows.map((row) => Boolean(outcome(row, status)?.suppressed)),
              })),
              xLabel: t('dashboard.column.meeting'),
              yLabel: t('dashboard.column.transitions'),
            }}
            caption={t('dashboard.flow.caption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.date}
            empty={t('dashboard.empty')}
            filters={filters}
          />
        );
      }}
    </Answer>
  );
}

type AftRow = WebDashboardArbaQuery['arbaAftOutcomeStatistics'][number];
type GoalRow = WebDashboardArbaQuery['arbaVtaGoalStatistics'][number];

function ArbaFigures({ filters: wanted, viewer }: FiguresProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'arba', wanted],
    queryFn: ({ signal }) => asked(wanted, gql(WebDashboardArba, { period: periodInput(wanted) }, signal)),
    ...live,
  });
  // The figures shown are those of the filters they were asked for, until the new ones are in.
  const filters = query.data?.asked ?? wanted;
  const language = i18n.language;
  const percent = (value: number) => shareText({ share: value, suppressed: false }, language);
  const interval = t(`dashboard.intervalWord.${filters.interval}`);
  const aftColumns: StatColumn<AftRow>[] = [
    { key: 'period', header: t('dashboard.column.period'), value: (row) => row.period.label },
    { key: 'ended', header: t('dashboard.column.ended'), value: (row) => row.ended, numeric: true },
    { key: 'work', header: t('dashboard.column.work'), value: (row) => row.work, numeric: true },
    { key: 'education', header: t('dashboard.column.education'), value: (row) => row.education, numeric: true },
    { key: 'other', header: t('dashboard.column.other'), value: (row) => row.other, numeric: true },
    {
      key: 'share',
      header: t('dashboard.column.share'),
      value: (row) => shareText(row.intoWorkOrEducation, language),
      numeric: true,
    },
    {
      key: 'meets',
      header: t('dashboard.column.meets'),
      value: (row) =>
        row.meetsRequirement == null ? null : row.meetsRequirement ? t('dashboard.yes') : t('dashboard.no'),
    },
    {
      key: 'months',
      header: t('dashboard.column.medianMonths'),
      value: (row) => row.medianMonthsInAft,
      numeric: true,
    },
  ];
  const goalColumns: StatColumn<GoalRow>[] = [
    { key: 'period', header: t('dashboard.column.period'), value: (row) => row.period.label },
    { key: 'set', header: t('dashboard.column.goalsSet'), value: (row) => row.goalsSet, numeric: true },
    { key: 'reached', header: t('dashboard.column.goalsReached'), value: (row) => row.goalsReached, numeric: true },
    {
      key: 'share',
      header: t('dashboard.column.reached'),
      value: (row) => shareText(row.reached, language),
      numeric: true,
    },
  ];
  return (
    <Answer query={query}>
      {(data) => {
        const aft = data.arbaAftOutcomeStatistics;
        const lastShown = [...aft].reverse().find((row) => row.intoWorkOrEducation.share != null);
        const requirement = aft[0]?.requirement ?? 0.5;
        const summary = lastShown
          ? t(`dashboard.aft.summary_${lastShown.meetsRequirement ? 'met' : 'notMet'}`, {
              share: shareText(lastShown.intoWorkOrEducation, language),
              requirement: percent(requirement),
            })
          : t('dashboard.aft.summary_hidden');
        return (
          <>
            <Figure
              id="aft"
              title={t('dashboard.aft.title')}
              summary={summary}
              chart={{
                kind: 'line',
                categories: aft.map((row) => row.period.label),
                series: [
                  {
                    key: 'share',
                    label: t('dashboard.aft.shareSeries'),
                    values: aft.map((row) => row.intoWorkOrEducation.share ?? null),
                    hidden: aft.map((row) => row.intoWorkOrEducation.suppressed),
                  },
                ],
                reference: {
                  value: requirement,
                  label: t('dashboard.aft.requirement', { percent: percent(requirement) }),
                },
                xLabel: t('dashboard.column.period'),
                yLabel: t('dashboard.aft.share'),
                format: percent,
                fractional: true,
              }}
              caption={t('dashboard.aft.caption', { interval })}
              columns={aftColumns}
              rows={aft}
              rowKey={(row) => row.period.label}
              empty={t('dashboard.empty')}
              filters={filters}
            />
            <Figure
              id="vta-mal"
              title={t('dashboard.goals.title')}
              summary={t('dashboard.goals.summary')}
              caption={t('dashboard.goals.caption', { interval })}
              columns={goalColumns}
              rows={data.arbaVtaGoalStatistics}
              rowKey={(row) => row.period.label}
              empty={t('dashboard.empty')}
              filters={filters}
            />
          </>
        );
      }}
    </Answer>
  );
}

type StateRow = WebDashboardStatePlacesQuery['navStateVtaPlaces'][number];
type StatePeriodRow = WebDashboardStatePlacesQuery['navStateVtaPlacesOverTime'][number];

function StateFigures({ filters: wanted, viewer }: FiguresProps) {
  const { t, i18n } = useTranslation();
  const query = useQuery({
    queryKey: ['dashboard', viewer, 'state', wanted],
    queryFn: ({ signal }) => asked(wanted, gql(WebDashboardStatePlaces, { period: periodInput(wanted) }, signal)),
    ...live,
  });
  // The figures shown are those of the filters they were asked for, until the new ones are in.
  const filters = query.data?.asked ?? wanted;
  const language = i18n.language;
  const columns: StatColumn<StateRow>[] = [
    { key: 'year', header: t('dashboard.column.year'), value: (row) => String(row.year) },
    { key: 'municipality', header: t('dashboard.column.municipality'), value: (row) => row.municipality },
    { key: 'places', header: t('dashboard.column.places'), value: (row) => row.places, numeric: true },
    { key: 'inUse', header: t('dashboard.column.inUse'), value: (row) => row.inUse, numeric: true },
    { key: 'free', header: t('dashboard.column.free'), value: (row) => row.free, numeric: true },
  ];
  const periodColumns: StatColumn<StatePeriodRow>[] = [
    { key: 'period', header: t('dashboard.column.period'), value: (row) => row.period.label },
    { key: 'municipality', header: t('dashboard.column.municipality'), value: (row) => row.municipality },
    { key: 'places', header: t('dashboard.column.places'), value: (row) => row.places, numeric: true },
    { key: 'inUse', header: t('dashboard.column.inUse'), value: (row) => row.inUse, numeric: true },
    { key: 'free', header: t('dashboard.column.free'), value: (row) => row.free, numeric: true },
  ];
  return (
    <Answer query={query}>
      {(data) => {
        const rows = data.navStateVtaPlaces;
        const newest = rows[0];
        const over = data.navStateVtaPlacesOverTime;
        // The chart follows one municipality (the newest allocation's); the table below has them all.
        const chartRows = over.filter((row) => row.municipality === (newest?.municipality ?? over[0]?.municipality));
        return (
          <>
            <Figure
              id="statlige-plasser"
              title={t('dashboard.state.title')}
              summary={
                newest
                  ? t('dashboard.state.summary', {
                      year: newest.year,
                      municipality: newest.municipality,
                      places: formatNumber(newest.places, language),
                      inUse: countText(newest.inUse, language),
                    })
                  : t('dashboard.state.summaryNone')
              }
              chart={
                chartRows.length > 0
                  ? {
                      kind: 'line',
                      categories: chartRows.map((row) => row.period.label),
                      series: [
                        {
                          key: 'places',
                          label: t('dashboard.column.places'),
                          values: chartRows.map((row) => row.places),
                        },
                        {
                          key: 'inUse',
                          label: t('dashboard.column.inUse'),
                          values: chartRows.map((row) => countValue(row.inUse)),
                          hidden: chartRows.map((row) => row.inUse.suppressed),
                        },
                      ],
                      xLabel: t('dashboard.column.period'),
                      yLabel: t('dashboard.column.places'),
                    }
                  : undefined
              }
              caption={t('dashboard.state.caption')}
              columns={columns}
              rows={rows}
              rowKey={(row) => row.id}
              empty={t('dashboard.state.summaryNone')}
              filters={filters}
            />
            {over.length > 0 && (
              <Figure
                id="statlige-plasser-over-tid"
                title={t('dashboard.state.overTimeTitle')}
                summary={t('dashboard.state.overTimeSummary')}
                caption={t('dashboard.state.overTimeCaption', {
                  interval: t(`dashboard.intervalWord.${filters.interval}`),
                })}
                columns={periodColumns}
                rows={over}
                rowKey={(row) => `${row.period.label}-${row.municipality}`}
                empty={t('dashboard.empty')}
                filters={filters}
              />
            )}
          </>
        );
      }}
    </Answer>
  );
}
