import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { RequireRole } from '../access';
import { WorkspaceNav } from '../WorkspaceNav';
import { WORKSPACES } from '../workspaces';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { ProposePage } from './ProposePage';
import { TransitionPage } from './TransitionPage';
import '../texts';

const workspace = WORKSPACES.find((candidate) => candidate.id === 'flow')!;

/** The flow workspace under `${workspace.base}/*`, for its roles only. */
export default function FlowRoutes() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={workspace.roles}>
      <div className="stack">
        <WorkspaceNav
          label={t('staff.workspace.flow.title')}
          links={[{ to: workspace.base, text: t('flow.nav.meetings'), end: true }]}
        />
        <Routes>
          <Route index element={<MeetingsPage />} />
          <Route path="moter/:id" element={<MeetingPage />} />
          <Route path="overganger/:id" element={<TransitionPage />} />
          <Route path="forslag/ny" element={<ProposePage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </div>
    </RequireRole>
  );
}
