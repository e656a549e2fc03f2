import { Button, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  StaffFlowAddToAgendaDocument,
  StaffFlowCreateMeetingDocument,
  StaffFlowYearDocument,
  type StaffFlowYearQuery,
} from '../../../../src/gql/graphql';
import { formatDate } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { DataTable, Pager, sortRows, type Column } from '../DataTable';
import { useListState } from '../list-state';
import { ReloadOnConflict, WriteOutcome, WritePending } from '../Outcome';
import { useTableSort } from '../table-sort';
import { UnderWay } from './parts';
import { agendaCounts, missingWeeks, nextMeeting, osloToday, yearFromUrl } from './logic';

type Meeting = StaffFlowYearQuery['flowMeetings'][number];
type Proposed = StaffFlowYearQuery['waiting'][number];
const PAGE_SIZE = 20;
const FILTERS = ['ar', 'av'] as const;

/** /flytmote?ar=2027: the flow meetings of a year, the ones to create, and the proposals waiting for an agenda. */
export function MeetingsPage() {
  const { t, i18n } = useTranslation();
  const today = osloToday();
  const list = useListState({ filters: FILTERS, sort: 'createdAt' });
  const year = yearFromUrl(list.filters.ar || null, today);
  useTitle(t('flow.meetings.title', { year }));
  const query = useQuery({
    queryKey: ['flow', 'year', year],
    queryFn: ({ signal }) => gql(StaffFlowYearDocument, { year }, signal),
    // A meeting's agenda changes while people work on it: fetched again on every visit.
    refetchOnMount: 'always',
  });
  const years = [...new Set([year - 1, yearFromUrl(null, today), year, year + 1])].sort();
  const date = (value: string) => formatDate(value, i18n.language);

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('flow.meetings.title', { year })}
      </Heading>
      <Paragraph>{t('flow.meetings.intro')}</Paragraph>
      <Field>
        <Label>{t('flow.meetings.year')}</Label>
        <Select width="auto" value={year} onChange={(event) => list.setFilters({ ar: event.target.value })}>
          {years.map((y) => (
            <Select.Option key={y} value={y}>
              {y}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {query.isPending && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <>
          <MeetingsTable meetings={query.data.flowMeetings} date={date} />
          <UnderWay transitions={query.data.underWay} />
          <CreateMeetings year={year} weeks={missingWeeks(year, query.data.flowMeetings, query.data.today)} />
          <ProposedTransitions
            proposed={query.data.waiting}
            meetings={query.data.flowMeetings}
            year={year}
            list={list}
            date={date}
            today={query.data.today}
          />
        </>
      )}
    </div>
  );
}

function MeetingsTable({ meetings, date }: { meetings: Meeting[]; date: (value: string) => string }) {
  const { t } = useTranslation();
  // Its own sort in the URL (?moter=open): the proposals' list below keeps `sort`.
  const sort = useTableSort('moter', 'week');
  const count = (key: keyof ReturnType<typeof agendaCounts>) => (m: Meeting) => agendaCounts(m.agenda)[key];
  const columns: Column<Meeting>[] = [
    {
      key: 'week',
      header: t('flow.meetings.week'),
      cell: (m) => (
        <Link asChild>
          <RouterLink to={`/flytmote/moter/${m.id}`}>{t('flow.meetings.open', { week: m.week })}</RouterLink>
        </Link>
      ),
      sortValue: (m) => m.week,
    },
    {
      key: 'dates',
      header: t('flow.meetings.dates'),
      cell: (m) => `${date(m.startDate)} – ${date(m.endDate)}`,
      sortValue: (m) => m.startDate,
    },
    ...(['items', 'decided', 'open', 'stalled'] as const).map((key) => ({
      key,
      header: t(`flow.meetings.${key === 'open' ? 'undecided' : key}`),
      numeric: true,
      cell: count(key),
      sortValue: count(key),
    })),
  ];
  return (
    <section className="stack" aria-labelledby="flow-meetings">
      <Heading level={2} data-size="md" id="flow-meetings">
        {t('flow.meetings.heading')}
      </Heading>
      <DataTable
        caption={t('flow.meetings.caption')}
        columns={columns}
        rows={sortRows(meetings, columns, sort.sort, sort.direction)}
        rowKey={(m) => m.id}
        sort={sort.sort}
        direction={sort.direction}
        onSort={sort.toggleSort}
        empty={t('flow.meetings.none')}
      />
    </section>
  );
}

function CreateMeetings({ year, weeks }: { year: number; weeks: number[] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: (week: number) => gql(StaffFlowCreateMeetingDocument, { input: { year, week } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['flow'] }),
  });
  if (weeks.length === 0 && !create.data && !create.error) return null;
  return (
    <section className="stack" aria-labelledby="flow-create">
      <Heading level={2} data-size="md" id="flow-create">
        {t('flow.create.heading')}
      </Heading>
      {weeks.length > 0 && <Paragraph>{t('flow.create.intro')}</Paragraph>}
      <div className="row">
        {weeks.map((week) => (
          <Button
            key={week}
            variant="secondary"
            disabled={create.isPending}
            aria-busy={create.isPending && create.variables === week}
            onClick={() => create.mutate(week)}
          >
            {t('flow.create.button', { week, year })}
          </Button>
        ))}
      </div>
      <WritePending busy={create.isPending} text={t('flow.pending.create')} />
      <WriteOutcome
        done={create.data && t('flow.create.done', { week: create.data.createFlowMeeting.week, year })}
        error={create.error}
      />
    </section>
  );
}

function ProposedTransitions({
  proposed,
  meetings,
  year,
  list,
  date,
  today,
}: {
  proposed: Proposed[];
  meetings: Meeting[];
  year: number;
  list: ReturnType<typeof useListState<(typeof FILTERS)[number]>>;
  date: (value: string) => string;
  /** The hub's day: which meetings are still open for an agenda. */
  today: string;
}) {
  const { t } = useTranslation();
  const open = meetings.filter((m) => m.endDate >= today);
  const add = useAddToAgenda();
  const shown = proposed.filter((p) => !list.filters.av || p.proposedBy === list.filters.av);
  const columns: Column<Proposed>[] = [
    {
      key: 'name',
      header: t('flow.proposed.participant'),
      cell: (p) => p.participant.fullName,
      sortValue: (p) => p.participant.fullName,
    },
    { key: 'kind', header: t('flow.proposed.kind'), cell: (p) => t(`flow.kind.${p.kind}`) },
    {
      key: 'proposedBy',
      header: t('flow.proposed.by'),
      cell: (p) => t(`flow.proposer.${p.proposedBy}`),
      sortValue: (p) => t(`flow.proposer.${p.proposedBy}`),
    },
    {
      key: 'createdAt',
      header: t('flow.proposed.when'),
      cell: (p) => date(p.createdAt.slice(0, 10)),
      sortValue: (p) => p.createdAt,
    },
    {
      key: 'agenda',
      header: t('flow.proposed.agenda'),
      cell: (p) => <AddToAgenda transition={p} meetings={open} add={add} />,
    },
  ];
  const sorted = sortRows(shown, columns, list.sort, list.direction);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const page = Math.min(list.page, pages);
  return (
    <section className="stack" aria-labelledby="flow-proposed">
      <Heading level={2} data-size="md" id="flow-proposed">
        {t('flow.proposed.heading')}
      </Heading>
      <Paragraph>{t('flow.proposed.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/flytmote/forslag/ny">{t('proposals.office.title')}</RouterLink>
        </Link>
      </Paragraph>
      {open.length === 0 && <Paragraph>{t('flow.proposed.noMeeting', { year })}</Paragraph>}
      <AddOutcome add={add} />
      <Field>
        <Label>{t('flow.proposed.filter')}</Label>
        <Select width="auto" value={list.filters.av} onChange={(event) => list.setFilters({ av: event.target.value })}>
          <Select.Option value="">{t('flow.proposed.everyone')}</Select.Option>
          {['PARTICIPANT', 'GUARDIAN', 'PROVIDER_STAFF', 'CASE_WORKER'].map((by) => (
            <Select.Option key={by} value={by}>
              {t(`flow.proposer.${by}`)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <DataTable
        caption={t('flow.proposed.caption', { count: shown.length })}
        columns={columns}
        rows={sorted.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        rowKey={(p) => p.id}
        sort={list.sort}
        direction={list.direction}
        onSort={list.toggleSort}
        empty={t('flow.proposed.none')}
      />
      <Pager page={page} pages={pages} onPage={list.setPage} />
    </section>
  );
}

/** Puts proposals on an agenda and says what happened, above the list (the row leaves the list when it works). */
export function useAddToAgenda() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { transition: AgendaCandidate; meeting: { id: string; week: number } }) =>
      gql(StaffFlowAddToAgendaDocument, {
        input: {
          flowMeetingId: input.meeting.id,
          transitionId: input.transition.id,
          expectedVersion: input.transition.version,
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['flow'] }),
  });
}

export interface AgendaCandidate {
  id: string;
  version: number;
  participant: { fullName: string };
}

/** What putting a proposal on an agenda did, in the person's language. */
export function AddOutcome({ add }: { add: ReturnType<typeof useAddToAgenda> }) {
  const { t } = useTranslation();
  const done = add.isSuccess
    ? t('flow.proposed.added', {
        name: add.variables.transition.participant.fullName,
        week: add.variables.meeting.week,
      })
    : undefined;
  return (
    <>
      <WritePending busy={add.isPending} text={t('flow.pending.agenda')} />
      <WriteOutcome done={done} error={add.error} />
      <ReloadOnConflict error={add.error} queryKey={['flow']} />
    </>
  );
}

/** One proposal's way onto an agenda: the meeting (the next one first) and a button. */
export function AddToAgenda({
  transition,
  meetings,
  add,
}: {
  transition: AgendaCandidate;
  meetings: { id: string; year: number; week: number }[];
  add: ReturnType<typeof useAddToAgenda>;
}) {
  const { t } = useTranslation();
  const first = nextMeeting(meetings, osloToday()) ?? meetings[0];
  // The choice, once made; until then (and when the list changes under it) the next meeting.
  const [chosen, setChosen] = useState('');
  const meeting = meetings.find((m) => m.id === chosen) ?? first;
  if (meetings.length === 0) return <span>{t('flow.proposed.noOpenMeeting')}</span>;
  const busy = add.isPending && add.variables.transition.id === transition.id;
  return (
    <div className="row">
      {meetings.length > 1 && (
        <Field>
          <Label>{t('flow.proposed.meetingFor', { name: transition.participant.fullName })}</Label>
          <Select width="auto" value={meeting?.id ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {meetings.map((m) => (
              <Select.Option key={m.id} value={m.id}>
                {t('flow.proposed.meetingOption', { week: m.week, year: m.year })}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Button
        variant="secondary"
        disabled={!meeting || add.isPending}
        aria-busy={busy}
        onClick={() => meeting && add.mutate({ transition, meeting })}
      >
        {meetings.length > 1
          ? t('flow.proposed.add', { name: transition.participant.fullName })
          : t('flow.proposed.addTo', { name: transition.participant.fullName, week: meeting?.week })}
      </Button>
    </div>
  );
}
