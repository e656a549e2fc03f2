import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { RequireRole } from '../access';
import { WorkspaceNav } from '../WorkspaceNav';
import { WORKSPACES } from '../workspaces';
import { FollowUpPage } from './FollowUpPage';
import { GroupsPage } from './GroupsPage';
import { ParticipantsPage } from './ParticipantsPage';
import { PlacementPage } from './PlacementPage';
import { ProposePage } from './ProposePage';
import { StartPage } from './StartPage';
import '../texts';

const workspace = WORKSPACES.find((candidate) => candidate.id === 'provider')!;

/** The provider workspace under /tilbyder, for provider staff only: each sees their own provider's data. */
export default function ProviderRoutes() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={workspace.roles}>
      <WorkspaceNav
        label={t('staff.workspace.provider.title')}
        links={[
          { to: '/tilbyder', text: t('provider.nav.participants'), end: true },
          { to: '/tilbyder/grupper', text: t('provider.nav.groups') },
          { to: '/tilbyder/oppfolging', text: t('provider.nav.followUp') },
        ]}
      />
      <Routes>
        <Route index element={<ParticipantsPage />} />
        <Route path="deltakere/:participantId/plasser/:placementId" element={<PlacementPage />} />
        <Route path="deltakere/:participantId/plasser/:placementId/overgang" element={<ProposePage />} />
        <Route path="start/:decisionId" element={<StartPage />} />
        <Route path="grupper" element={<GroupsPage />} />
        <Route path="oppfolging" element={<FollowUpPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
