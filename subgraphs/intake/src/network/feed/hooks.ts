import { Hook } from '../../common/hook';
import type { NavGrant } from '../waiting/nav-grant.entity';

/** A NAV grant (or its change) reached the hub from NAV's feed, for a participant the hub knows. */
export interface NavGrantArrived {
  grant: NavGrant;
  participantId: string;
}

/**
 * Raised by the feed projection (apply.ts) inside the page's transaction; casework registers the handler that
 * decides the participant's open applications for the granted offer (casework/module.ts).
 */
export const onNavGrantArrived = new Hook<NavGrantArrived>('onNavGrantArrived');
