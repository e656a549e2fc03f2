import { Button, Card, Heading, Link, Paragraph, Switch } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { WebOfferDocument } from '../../../src/gql/graphql';
import { formatDate, pick } from '../format';
import { gql } from '../graphql';
import { Loading, MissingParts, RequestFailed, useTitle } from './common';

export function OfferPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['offer', id],
    queryFn: ({ signal }) => gql(WebOfferDocument, { id }, signal),
  });
  const offer = query.data?.offer;
  useTitle(offer ? pick(offer.title, i18n.language) : t('nav.catalogue'));
  const back = (
    <Link asChild>
      <RouterLink to="/">{t('offer.back')}</RouterLink>
    </Link>
  );
  if (query.isPending) return <Loading />;
  if (query.isError) return <RequestFailed error={query.error} retry={() => void query.refetch()} />;
  if (!offer) {
    return (
      <div className="stack">
        <Heading level={1} data-size="lg">
          {t('offer.notFound')}
        </Heading>
        {back}
      </div>
    );
  }
  const language = i18n.language;
  const value = (n: number | null | undefined) => (n == null ? t('offer.notPublished') : String(n));
  // A count hidden to protect small numbers of people (Capacity.suppressed): said so, with the reason below.
  const count = (n: number | null | undefined) => (n == null ? t('offer.hidden') : String(n));
  const groups = [...(offer.dayServices?.groups ?? []), ...(offer.workCentre?.groups ?? [])];
  return (
    <article className="stack">
      {back}
      <Heading level={1} data-size="lg">
        {pick(offer.title, language)}
      </Heading>
      <Paragraph data-size="lg">
        {offer.provider.name} · {t(`kind.${offer.kind}`)}
      </Paragraph>
      <MissingParts data={query.data} retry={() => void query.refetch()} />
      <div>
        <Button asChild data-size="lg">
          <RouterLink to={`/tilbud/${offer.id}/sok`}>{t('offer.apply')}</RouterLink>
        </Button>
      </div>

      <EasyRead text={pick(offer.easyRead, language)} language={language} />

      <Heading level={2}>{t('offer.contains')}</Heading>
      <Paragraph>{pick(offer.description, language)}</Paragraph>
      <Heading level={2}>{t('offer.forWhom')}</Heading>
      <Paragraph>{pick(offer.eligibility, language)}</Paragraph>
      <Heading level={2}>{t('offer.howToApply')}</Heading>
      <Paragraph>
        {offer.intakeMode === 'MAIN' && offer.nextApplicationDeadline
          ? t('offer.howMain', { date: formatDate(offer.nextApplicationDeadline, language) })
          : t('offer.howContinuous')}
      </Paragraph>
      {!offer.openForApplications && <Paragraph>{t('card.closed')}</Paragraph>}
      <Heading level={2}>{t('offer.where')}</Heading>
      <Paragraph>{offer.site ?? t('offer.siteVaries')}</Paragraph>
      <Heading level={2}>{t('offer.whoDecides')}</Heading>
      <Paragraph>{t(`decidedBy.${offer.decidedBy}`)}</Paragraph>
      <Heading level={2}>{t('offer.places')}</Heading>
      <dl className="facts">
        <dt>{t('offer.placesTotal')}</dt>
        <dd>{value(offer.capacity.places)}</dd>
        <dt>{t('offer.occupied')}</dt>
        <dd>{count(offer.capacity.occupied)}</dd>
        <dt>{t('offer.upcoming')}</dt>
        <dd>{count(offer.capacity.upcoming)}</dd>
        <dt>{t('offer.free')}</dt>
        <dd>
          {offer.capacity.free == null && offer.capacity.places != null
            ? t('offer.hidden')
            : value(offer.capacity.free)}
        </dd>
        <dt>{t('offer.waiting')}</dt>
        <dd>{count(offer.capacity.waiting)}</dd>
        {offer.hoursPerWeek != null && (
          <>
            <dt>{t('offer.hours')}</dt>
            <dd>{offer.hoursPerWeek}</dd>
          </>
        )}
      </dl>
      {offer.capacity.suppressed && <Paragraph data-size="sm">{t('offer.hiddenNote')}</Paragraph>}
      <Heading level={2}>{t('offer.provider')}</Heading>
      <Paragraph>
        <strong>{offer.provider.name}</strong>. {pick(offer.provider.description, language)}
      </Paragraph>
      {groups.length > 0 && (
        <>
          <Heading level={3}>{t('offer.groups')}</Heading>
          <ul>
            {groups.map((group) => (
              <li key={group.id}>
                {group.name}
                {group.capacity != null &&
                  ` – ${t('offer.free').toLowerCase()}: ${value(group.free)} / ${group.capacity}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {(offer.arba?.arenas.length ?? 0) > 0 && (
        <>
          <Heading level={3}>{t('offer.arenas')}</Heading>
          <ul>
            {offer.arba!.arenas.map((arena) => (
              <li key={arena.id}>{arena.name}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}

/**
 * The offer's easy-read text (lettlest): short sentences in common words, for people with an intellectual
 * disability. Shown with a switch, and read aloud by the browser's own speech synthesis (nothing leaves the machine).
 */
function EasyRead({ text, language }: { text: string; language: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(true);
  const speech = typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
  // Stop reading when the page or its language changes.
  useEffect(() => () => speech?.cancel(), [speech, text]);
  const readAloud = () => {
    if (!speech) return;
    speech.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = language === 'en' ? 'en-GB' : 'nb-NO';
    speech.speak(utterance);
  };
  return (
    <Card data-color="accent" variant="tinted">
      <Heading level={2} data-size="sm">
        {t('offer.easyRead')}
      </Heading>
      <Switch label={t('offer.easyReadShow')} checked={shown} onChange={(event) => setShown(event.target.checked)} />
      {shown && (
        <>
          <Paragraph data-size="lg" data-testid="easy-read">
            {text}
          </Paragraph>
          {speech && (
            <div>
              <Button variant="secondary" onClick={readAloud}>
                {t('offer.readAloud')}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
