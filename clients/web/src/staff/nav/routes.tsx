import { useTranslation } from 'react-i18next';
import './nav.css';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { RequireRole } from '../access';
import { WorkspaceNav } from '../WorkspaceNav';
import { WORKSPACES } from '../workspaces';
import { ImportPage } from './ImportPage';
import { ImportResultPage } from './ImportResultPage';
import { InstancePage } from './InstancePage';
import { MeasuresPage } from './MeasuresPage';
import '../texts';

const workspace = WORKSPACES.find((candidate) => candidate.id === 'nav')!;

/** NAV's workspace under /nav, for NAV's staff only: measures and places, and the import of NAV's participants. */
export default function NavRoutes() {
  const { t } = useTranslation();
  return (
    <RequireRole roles={workspace.roles}>
      <WorkspaceNav
        label={t('staff.workspace.nav.title')}
        links={[
          { to: '/nav', text: t('navWorkspace.menu.measures'), end: true },
          { to: '/nav/import', text: t('navWorkspace.menu.import') },
        ]}
      />
      <Routes>
        <Route index element={<MeasuresPage />} />
        <Route path="tiltak/:id" element={<InstancePage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path="import/resultat" element={<ImportResultPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}
