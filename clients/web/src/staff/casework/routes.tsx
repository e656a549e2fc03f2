import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { RequireRole } from '../access';
import { WorkspaceNav } from '../WorkspaceNav';
import { WORKSPACES } from '../workspaces';
import { ApplicationPage } from './applications/ApplicationPage';
import { WorklistPage } from './applications/WorklistPage';
import { CorrectionsPage } from './corrections/CorrectionsPage';
import { FeedsPage } from './feeds/FeedsPage';
import { NewParticipantPage } from './participants/NewParticipantPage';
import { ParticipantPage } from './participants/ParticipantPage';
import { ParticipantsPage } from './participants/ParticipantsPage';
import { WaitingListsPage } from './waiting/WaitingListsPage';
import '../texts';

const workspace = WORKSPACES.find((candidate) => candidate.id === 'casework')!;

/** The allocation office's workspace under /saksbehandling, for case workers only. */
export default function CaseworkRoutes() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={workspace.roles}>
      <WorkspaceNav
        label={t('staff.workspace.casework.title')}
        links={[
          { to: '/saksbehandling', text: t('casework.nav.worklist'), end: true },
          { to: '/saksbehandling/deltakere', text: t('casework.nav.participants') },
          { to: '/saksbehandling/ventelister', text: t('casework.nav.waiting') },
          { to: '/saksbehandling/rettinger', text: t('casework.nav.corrections') },
          { to: '/saksbehandling/datakilder', text: t('casework.nav.feeds') },
          { to: '/flytmote', text: t('casework.nav.flow') },
        ]}
      />
      <Routes>
        <Route index element={<WorklistPage />} />
        <Route path="soknader/:id" element={<ApplicationPage />} />
        <Route path="deltakere" element={<ParticipantsPage />} />
        <Route path="deltakere/ny" element={<NewParticipantPage />} />
        <Route path="deltakere/:id" element={<ParticipantPage />} />
        <Route path="ventelister" element={<WaitingListsPage />} />
        <Route path="rettinger" element={<CorrectionsPage />} />
        <Route path="datakilder" element={<FeedsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
