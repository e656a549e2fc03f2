import type { HubModule } from '../hub-module';
import { AuditArchive } from './audit-archive.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryResolver, ParticipantReadLogResolver } from './audit.resolver';

/**
 * The audit log of reads of personal data: its entries, and `Participant.readLog`. Beside the others: it depends
 * on people only (the participant whose data was read); every module's types name their category in their own
 * module file, and the kit writes the entries.
 */
export const auditModule: HubModule = {
  name: 'audit',
  entities: [AuditEntry, AuditArchive],
  resolvers: [AuditEntryResolver, ParticipantReadLogResolver],
  audit: {
    AuditEntry: { category: 'AUDIT', participantId: (e: { participantId: string }) => e.participantId },
  },
};
