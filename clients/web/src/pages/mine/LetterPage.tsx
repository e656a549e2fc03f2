import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { WebDecisionLetterDocument, type LetterLanguage } from '../../../../src/gql/graphql';
import { useAuth } from '../../auth';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../common';

/** A decision letter (/min-side/vedtak/:id) in the chosen language, printable (app.css hides all but the letter). */
export function LetterPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { person } = useAuth();
  const language = i18n.language === 'en' ? ('EN' as LetterLanguage) : ('NB' as LetterLanguage);
  const query = useQuery({
    queryKey: ['mine', person?.sub, 'letter', id, language],
    queryFn: ({ signal }) => gql(WebDecisionLetterDocument, { id, language }, signal),
  });
  const letter = query.data?.decision?.letter;
  useTitle(letter?.title ?? t('mine.title'));
  return (
    <div className="mine-letter-page">
      <Link asChild className="mine-back">
        <RouterLink to="/min-side">{t('mine.letter.back')}</RouterLink>
      </Link>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : !letter ? (
        <>
          <Heading level={1} data-size="lg">
            {t('mine.title')}
          </Heading>
          <Paragraph>{t('mine.letter.notFound')}</Paragraph>
        </>
      ) : (
        <article className="mine-letter" lang={letter.language === ('EN' as LetterLanguage) ? 'en' : 'nb'}>
          <Heading level={1} data-size="lg">
            {letter.title}
          </Heading>
          <Paragraph>{letter.date}</Paragraph>
          <Paragraph>{letter.greeting}</Paragraph>
          {letter.paragraphs.map((text, index) => (
            <Paragraph key={index}>{text}</Paragraph>
          ))}
          <Paragraph>{letter.appeal}</Paragraph>
          <Paragraph className="mine-signature">{letter.signature}</Paragraph>
          <Button className="mine-print" onClick={() => window.print()}>
            {t('mine.letter.print')}
          </Button>
        </article>
      )}
    </div>
  );
}
