import type { EntityManager } from '@mikro-orm/core';
import type { RetentionRule } from '../../hub-module';
import { Application, ApplicationChoice, ApplicationExperience, ApplicationStatusChange } from './application.entity';
import { ApplicationStatus } from './application.enums';

const drafts = (cutoff: Date) => ({ status: ApplicationStatus.DRAFT, updatedAt: { $lt: cutoff } });

/** Drafts never sent: nobody decided anything on them, and they hold the applicant's answers. */
export const draftApplications: RetentionRule = {
  name: 'DRAFT_APPLICATIONS',
  what: 'application drafts never sent, with their answers',
  days: 365,
  count: (em, cutoff) => em.count(Application, drafts(cutoff)),
  async purge(em: EntityManager, cutoff) {
    const ids = (await em.find(Application, drafts(cutoff), { fields: ['id'] })).map((a) => a.id);
    if (ids.length === 0) return 0;
    // The children by hand: a draft has choices, experience and its one status change, and nothing else.
    for (const child of [ApplicationChoice, ApplicationExperience, ApplicationStatusChange]) {
      await em.nativeDelete(child, { application: { $in: ids } } as never);
    }
    return em.nativeDelete(Application, { id: { $in: ids } });
  },
};
