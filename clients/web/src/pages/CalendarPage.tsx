import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { WebIntakeCalendarDocument } from '../../../src/gql/graphql';
import { formatDate, pick } from '../format';
import { gql } from '../graphql';
import { Loading, RequestFailed, useTitle } from './common';

/** The deadline year to show first: next 1 February from today. */
function defaultYear(today = new Date()) {
  return today.getUTCMonth() === 0 ? today.getUTCFullYear() : today.getUTCFullYear() + 1;
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('calendar.title'));
  const [params, setParams] = useSearchParams();
  const fallback = defaultYear();
  const year = Number(params.get('ar')) || fallback;
  const years = [fallback - 1, fallback, fallback + 1];
  if (!years.includes(year)) years.push(year);
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) => gql(WebIntakeCalendarDocument, { year }, signal),
  });
  const months = new Map<string, NonNullable<typeof calendar.data>['intakeCalendar']>();
  for (const event of calendar.data?.intakeCalendar ?? []) {
    const month = event.startDate.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), event]);
  }
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('calendar.title')}
      </Heading>
      <Paragraph>{t('calendar.intro')}</Paragraph>
      <Field>
        <Label>{t('calendar.year')}</Label>
        <Select width="auto" value={year} onChange={(event) => setParams({ ar: event.target.value })}>
          {years.sort().map((y) => (
            <Select.Option key={y} value={y}>
              {y}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {calendar.isPending && <Loading />}
      {calendar.isError && <RequestFailed error={calendar.error} retry={() => void calendar.refetch()} />}
      {calendar.data && months.size === 0 && <Paragraph>{t('calendar.empty')}</Paragraph>}
      <ol className="stack plain" aria-live="polite">
        {[...months].map(([month, events]) => (
          <li key={month}>
            <Heading level={2} data-size="sm" className="month">
              {monthName(month)}
            </Heading>
            <ul className="stack plain">
              {events.map((event) => (
                <li key={`${event.kind}-${event.startDate}`}>
                  <Heading level={3} data-size="xs">
                    {pick(event.title, i18n.language)}
                  </Heading>
                  <Paragraph>
                    {formatDate(event.startDate, i18n.language)}
                    {event.endDate !== event.startDate && ` – ${formatDate(event.endDate, i18n.language)}`}
                  </Paragraph>
                  <Paragraph>{pick(event.description, i18n.language)}</Paragraph>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
