import { Button, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import {
  ProposalContextDocument,
  StaffFlowProposeSearchDocument,
  StaffFlowProposeTransitionDocument,
  type ProposalContextQuery,
} from '../../../../src/gql/graphql';
import { formatDate } from '../../format';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { ProposeForm } from '../../proposals/ProposeForm';
import { WriteOutcome } from '../Outcome';
import { osloToday } from './logic';

/**
 * /flytmote/forslag/ny?deltaker=<id>: the allocation office proposes a transition for a participant, found by name
 * when the link named none. The proposal then waits for a flow meeting's agenda (the meetings page).
 */
export function ProposePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const participantId = params.get('deltaker') ?? '';
  const query = useQuery({
    queryKey: ['flow', 'propose', participantId],
    queryFn: ({ signal }) => gql(ProposalContextDocument, { participantId }, signal),
    enabled: Boolean(participantId),
  });
  const person = query.data?.participant;
  const title = person ? t('proposals.office.titleFor', { name: person.fullName }) : t('proposals.office.title');
  useTitle(title);
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{t('proposals.office.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/flytmote">{t('proposals.office.back')}</RouterLink>
        </Link>
      </Paragraph>
      {!participantId ? (
        <FindParticipant />
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : !person ? (
        <Paragraph>{t('proposals.office.notFound')}</Paragraph>
      ) : (
        <OfficeForm
          key={person.id}
          person={person}
          offers={query.data.offers.nodes}
          onAnother={() => void query.refetch()}
        />
      )}
    </div>
  );
}

type Person = NonNullable<ProposalContextQuery['participant']>;
type Offers = ProposalContextQuery['offers']['nodes'];

function OfficeForm({ person, offers, onAnother }: { person: Person; offers: Offers; onAnother(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  // A new form after a proposal: the page's form starts over for the next one.
  const [round, setRound] = useState(0);
  return (
    <section className="stack" aria-labelledby="propose-heading" key={round}>
      <Heading level={2} data-size="md" id="propose-heading">
        {t('proposals.form.formName')}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/saksbehandling/deltakere/${encodeURIComponent(person.id)}`}>
            {t('proposals.office.toParticipant')}
          </RouterLink>
        </Link>
      </Paragraph>
      <ProposeForm
        participantId={person.id}
        placements={person.placements}
        offers={offers}
        texts="proposals.form"
        today={osloToday()}
        send={async (input) => {
          const answer = await gql(StaffFlowProposeTransitionDocument, { input });
          // The meetings page lists the proposals waiting for an agenda: read it again on the next visit.
          await client.invalidateQueries({ queryKey: ['flow', 'year'] });
          return answer.proposeTransition;
        }}
        outcome={(mutation) => (
          <>
            <WriteOutcome
              done={mutation.data && t('proposals.office.done', { name: mutation.data.participant.fullName })}
              error={mutation.error}
            />
            {mutation.data && (
              <>
                <Paragraph>{t('proposals.office.next')}</Paragraph>
                <div className="row">
                  <Link asChild>
                    <RouterLink to="/flytmote">{t('proposals.office.toMeetings')}</RouterLink>
                  </Link>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setRound((n) => n + 1);
                      onAnother();
                    }}
                  >
                    {t('proposals.office.another')}
                  </Button>
                </div>
              </>
            )}
          </>
        )}
      />
    </section>
  );
}

/** No participant in the link: the office's own search by name, each match a link to its form. */
function FindParticipant() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const query = useQuery({
    queryKey: ['flow', 'propose-search', search],
    queryFn: ({ signal }) => gql(StaffFlowProposeSearchDocument, { search }, signal),
    enabled: Boolean(search),
  });
  const found = query.data?.office.participants.nodes ?? [];
  return (
    <section className="stack" aria-labelledby="propose-find">
      <Heading level={2} data-size="md" id="propose-find">
        {t('proposals.office.search')}
      </Heading>
      <form
        className="row"
        role="search"
        aria-labelledby="propose-find"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(text.trim());
        }}
      >
        <Textfield
          label={t('proposals.office.search')}
          description={t('proposals.office.searchHelp')}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t('proposals.office.searchButton')}
          </Button>
        </div>
      </form>
      {query.isFetching && <Loading />}
      {query.isError && <RequestFailed error={query.error} retry={() => void query.refetch()} />}
      {query.data && (
        <div role="status">
          {found.length === 0 ? (
            <Paragraph>{t('proposals.office.noResults')}</Paragraph>
          ) : (
            <>
              <Heading level={3} data-size="sm">
                {t('proposals.office.results')}
              </Heading>
              <ul>
                {found.map((p) => (
                  <li key={p.id}>
                    <Link asChild>
                      <RouterLink to={`/flytmote/forslag/ny?deltaker=${encodeURIComponent(p.id)}`}>
                        {t('proposals.office.choose', { name: p.fullName })}
                      </RouterLink>
                    </Link>{' '}
                    ({formatDate(p.birthDate, i18n.language)})
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
