import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { formatDate } from '../../format';
import { Loading, RequestFailed, useTitle } from '../common';
import { copyFileName, copyFileText, fetchMyCopy, readable, wordsOf, type Readable } from './my-data';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T/;

/**
 * /min-side/opplysninger/:participantId: everything the graph holds about the person (or a guardian's young person,
 * `?ung=1`), as a readable, printable document, and as a JSON file to download. Reading it is logged like any read.
 */
export function MyDataPage() {
  const { t, i18n } = useTranslation();
  const { participantId = '' } = useParams();
  const [params] = useSearchParams();
  const ward = params.get('ung') === '1';
  const { person } = useAuth();
  const query = useQuery({
    queryKey: ['mine', person?.sub, 'copy', participantId, ward],
    queryFn: ({ signal }) => fetchMyCopy(participantId, !ward, signal),
    staleTime: 0,
  });
  const copy = query.data;
  const name = copy ? `${String(copy.participant.givenName)} ${String(copy.participant.familyName)}` : '';
  const title = ward && copy ? t('myData.titleWard', { name }) : t('myData.title');
  useTitle(title);

  const download = () => {
    if (!copy) return;
    const url = URL.createObjectURL(new Blob([copyFileText(copy)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = copyFileName(copy);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <div className="mine-letter-page">
      <Link asChild className="mine-back">
        <RouterLink to="/min-side">{t('myData.back')}</RouterLink>
      </Link>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : !copy ? (
        <Paragraph>{t('myData.none')}</Paragraph>
      ) : (
        <article className="mine-letter my-data">
          <Paragraph>{t('myData.intro')}</Paragraph>
          <Paragraph>{t('myData.madeAt', { date: formatDate(copy.madeAt.slice(0, 10), i18n.language) })}</Paragraph>
          <div className="row">
            <Button onClick={download}>{t('myData.download')}</Button>
            <Button variant="secondary" className="mine-print" onClick={() => window.print()}>
              {t('myData.print')}
            </Button>
          </div>
          <Paragraph data-size="sm">{t('myData.downloadHint')}</Paragraph>
          <Tree items={readable(copy.participant)} level={2} />
        </article>
      )}
    </div>
  );
}

function useLabel() {
  const { t, i18n } = useTranslation();
  return (key: string) => t(`myData.fields.${key}`, { defaultValue: wordsOf(key), lng: i18n.language });
}

function Value({ value }: { value: string | number | boolean }) {
  const { t, i18n } = useTranslation();
  if (typeof value === 'boolean') return <>{value ? t('myData.yes') : t('myData.no')}</>;
  if (typeof value === 'string' && DAY.test(value)) return <>{formatDate(value, i18n.language)}</>;
  if (typeof value === 'string' && MOMENT.test(value)) {
    return (
      <>
        {new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: 'Europe/Oslo',
        }).format(new Date(value))}
      </>
    );
  }
  return <>{String(value)}</>;
}

/** Values as a description list; groups and lists under their own headings (h2, h3, … up to h6). */
function Tree({ items, level }: { items: Readable[]; level: number }) {
  const label = useLabel();
  const { t } = useTranslation();
  const values = items.filter((item) => item.kind === 'value');
  const nested = items.filter((item) => item.kind !== 'value');
  const heading = Math.min(level, 6) as 2 | 3 | 4 | 5 | 6;
  return (
    <>
      {values.length > 0 && (
        <dl className="facts">
          {values.map((item) => (
            <Fragment key={item.key}>
              <dt>{label(item.key)}</dt>
              <dd>
                <Value value={item.value} />
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
      {nested.map((item) => (
        <section key={item.key} className="my-data-part">
          <Heading level={heading} data-size={heading === 2 ? 'sm' : 'xs'}>
            {label(item.key)}
          </Heading>
          {item.kind === 'group' ? (
            <Tree items={item.items} level={level + 1} />
          ) : (
            <ol className="plain">
              {item.items.map((entry, index) => (
                <li key={index}>
                  {item.items.length > 1 && <Paragraph data-size="sm">{t('myData.item', { n: index + 1 })}</Paragraph>}
                  <Tree items={entry} level={level + 1} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </>
  );
}
