import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ProposalContextDocument, StaffFlowProposeTransitionDocument } from '../../../../src/gql/graphql';
import { gql } from '../../graphql';
import { Loading, RequestFailed, useTitle } from '../../pages/common';
import { ProposeForm } from '../../proposals/ProposeForm';
import { WriteOutcome } from '../Outcome';
import { UnknownProvider, useProvider } from './common';
import { osloToday } from './logic';

/**
 * /tilbyder/deltakere/:participantId/plasser/:placementId/overgang: a provider's staff propose a transition for one
 * of their participants, with their own placement ticked as the one that ends. The page reads only what provider
 * staff may: the participant's name and current places (every provider's catalogue fields, none of their detail)
 * and the public catalogue; the hub answers FORBIDDEN for a participant not theirs.
 */
export function ProposePage() {
  const { t } = useTranslation();
  const provider = useProvider();
  const client = useQueryClient();
  const { participantId = '', placementId = '' } = useParams();
  const query = useQuery({
    queryKey: ['provider', provider?.providerId, 'propose', participantId],
    queryFn: ({ signal }) => gql(ProposalContextDocument, { participantId }, signal),
    enabled: Boolean(provider),
  });
  const person = query.data?.participant;
  const title = person ? t('proposals.provider.title', { name: person.fullName }) : t('provider.nav.participants');
  useTitle(title);
  const placementPath = `/tilbyder/deltakere/${encodeURIComponent(participantId)}/plasser/${encodeURIComponent(placementId)}`;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={placementPath}>{t('proposals.provider.back')}</RouterLink>
        </Link>
      </Paragraph>
      {!provider ? (
        <UnknownProvider />
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : !person ? (
        <Paragraph>{t('proposals.provider.notFound')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('proposals.provider.intro')}</Paragraph>
          <ProposeForm
            participantId={person.id}
            placements={person.placements}
            offers={query.data.offers.nodes}
            preselected={[placementId]}
            texts="proposals.form"
            today={osloToday()}
            send={async (input) => {
              const answer = await gql(StaffFlowProposeTransitionDocument, { input });
              await client.invalidateQueries({ queryKey: ['provider', provider.providerId] });
              return answer.proposeTransition;
            }}
            outcome={(mutation) => (
              <>
                <WriteOutcome
                  done={mutation.data && t('proposals.provider.done', { name: person.fullName })}
                  error={mutation.error}
                />
                {mutation.data && <Paragraph>{t('proposals.provider.next')}</Paragraph>}
              </>
            )}
          />
        </>
      )}
    </div>
  );
}
