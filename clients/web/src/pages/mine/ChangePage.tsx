import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { ProposalContextDocument, WebProposeTransitionDocument } from '../../../../src/gql/graphql';
import { useAuth } from '../../auth';
import { gql } from '../../graphql';
import { ProposeForm } from '../../proposals/ProposeForm';
import { Loading, RequestFailed, useTitle } from '../common';
import { osloDay } from './logic';
import { ChangeFailed } from './Changes';

/**
 * "Jeg vil bytte eller endre" (/min-side/bytte?deltaker=<id>): the person (or their guardian) proposes a change of
 * places in their own words, the wish first. The hub records the proposal as theirs and it waits for a flow meeting.
 */
export function ChangePage() {
  const { t } = useTranslation();
  const { person } = useAuth();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const participantId = params.get('deltaker') ?? '';
  useTitle(t('mine.change.page.title'));
  const query = useQuery({
    queryKey: ['mine', person?.sub, 'change', participantId],
    queryFn: ({ signal }) => gql(ProposalContextDocument, { participantId }, signal),
    enabled: Boolean(participantId),
  });
  const participant = query.data?.participant;
  return (
    <div className="mine">
      <Heading level={1} data-size="lg">
        {t('mine.change.page.title')}
      </Heading>
      <Paragraph data-size="lg">{t('mine.change.page.intro')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/min-side">{t('mine.change.page.back')}</RouterLink>
        </Link>
      </Paragraph>
      {query.isPending && participantId ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : !participant || participant.placements.length === 0 ? (
        <>
          <Paragraph>{t('mine.change.page.noPlaces')}</Paragraph>
          <Link asChild>
            <RouterLink to="/sok">{t('mine.change.page.apply')}</RouterLink>
          </Link>
        </>
      ) : (
        <ProposeForm
          participantId={participant.id}
          placements={participant.placements}
          offers={query.data?.offers.nodes ?? []}
          // One place: it is the one that changes.
          preselected={participant.placements.length === 1 ? [participant.placements[0].id] : []}
          texts="mine.change.form"
          simple
          today={osloDay(new Date().toISOString())}
          idPrefix="change"
          send={async (input) => {
            const answer = await gql(WebProposeTransitionDocument, { input });
            await client.invalidateQueries({ queryKey: ['mine', person?.sub] });
            return answer.proposeTransition;
          }}
          outcome={(mutation) =>
            mutation.error ? (
              <ChangeFailed error={mutation.error} />
            ) : mutation.data ? (
              <Alert data-color="success" role="status">
                <Heading level={2} data-size="xs">
                  {t('mine.change.page.done')}
                </Heading>
                <Paragraph>{t('mine.change.page.next')}</Paragraph>
                <Link asChild>
                  <RouterLink to="/min-side">{t('mine.change.page.back')}</RouterLink>
                </Link>
              </Alert>
            ) : null
          }
        />
      )}
    </div>
  );
}
