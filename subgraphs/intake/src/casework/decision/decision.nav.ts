import type { EntityManager } from '@mikro-orm/core';
import { Application, ApplicationChoice, ApplicationStatusChange } from '../application/application.entity';
import { ApplicantRole, ApplicationRound, ApplicationStatus } from '../application/application.enums';
import { stepsToDecided } from '../application/application.state';
import { DecisionAuthority } from '../../catalogue';
import type { NavGrant } from '../../network';
import { Decision } from './decision.entity';
import { DecisionOutcome } from './decision.enums';
import { leaveWaitingListsAsPlaced } from './decision.placement';

const OPEN = [ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_ASSESSMENT];

/**
 * NAV's grant reached the hub: each submitted or assessed continuous-intake application of the participant that
 * chose the granted offer is DECIDED, with a GRANTED decision recorded as NAV's (decidedBy NAV, linked to the grant).
 * The steps go through the application's state machine, so nothing else is decided. NAV and the provider arrange the
 * place themselves, so the hub asks no provider; the hub's own waiting entries for the offer are left as PLACED.
 * A later withdrawal shows on the grant (`Decision.navGrant`), never by changing the decision. Returns the decisions.
 */
export async function decideByNavGrant(em: EntityManager, grant: NavGrant, participantId: string): Promise<Decision[]> {
  if (!grant.granted || !grant.offerId) return [];
  // The query reads the database: what this page has decided so far must be in it.
  await em.flush();
  const choices = await em.find(
    ApplicationChoice,
    {
      offer: grant.offerId,
      application: { participant: participantId, round: ApplicationRound.CONTINUOUS, status: { $in: OPEN } },
    },
    { populate: ['application'], orderBy: { application: { createdAt: 'asc' } } },
  );
  const decided: Decision[] = [];
  const decidedOn = grant.grantedOn ?? grant.statusOn;
  for (const choice of choices) {
    const application: Application = choice.application.getEntity();
    if (!OPEN.includes(application.status)) continue;
    let position = await em.count(ApplicationStatusChange, { application: application.id });
    for (const status of stepsToDecided(application.status)) {
      application.status = status;
      em.persist(
        em.create(ApplicationStatusChange, {
          application,
          status,
          // NAV's case worker decided; the hub has no user of its own for it.
          by: ApplicantRole.CASE_WORKER,
          position: position++,
          at: new Date(),
        }),
      );
    }
    const decision = em.create(Decision, {
      application,
      participant: participantId,
      outcome: DecisionOutcome.GRANTED,
      offer: grant.offerId,
      startDate: grant.startDate,
      decidedOn,
      decidedAt: new Date(),
      decidedBy: DecisionAuthority.NAV,
      navGrantId: grant.id,
      placementStatus: null,
    } as never);
    decided.push(decision);
  }
  if (decided.length) await leaveWaitingListsAsPlaced(em, participantId, grant.offerId, decidedOn);
  await em.flush();
  return decided;
}
