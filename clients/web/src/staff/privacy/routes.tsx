import { useTranslation } from 'react-i18next';
import './privacy.css';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { RequireRole } from '../access';
import { WorkspaceNav } from '../WorkspaceNav';
import { WORKSPACES } from '../workspaces';
import { FindLogPage } from './FindLogPage';
import { LogPage } from './LogPage';
import '../texts';

const workspace = WORKSPACES.find((candidate) => candidate.id === 'privacy')!;

/** The privacy officer's workspace under /personvern: one participant's audit log, found by the participant's id. */
export default function PrivacyRoutes() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={workspace.roles}>
      <WorkspaceNav
        label={t('staff.workspace.privacy.title')}
        links={[{ to: '/personvern', text: t('privacy.menu.find'), end: true }]}
      />
      <Routes>
        <Route index element={<FindLogPage />} />
        <Route path="logg/:id" element={<LogPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
