import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../pages/NotFoundPage';
import { useTitle } from '../../pages/common';
import { RequireRole } from '../access';
import { WORKSPACES } from '../workspaces';

const workspace = WORKSPACES.find((candidate) => candidate.id === 'flow')!;

/** The flow workspace under `${workspace.base}/*`, for its roles only. */
export default function FlowRoutes() {
  return (
    <RequireRole roles={workspace.roles}>
      <Routes>
        <Route index element={<FlowHome />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireRole>
  );
}

function FlowHome() {
  const { t } = useTranslation();
  useTitle(t('staff.workspace.flow.title'));
  return (
    <Heading level={1} data-size="lg">
      {t('staff.workspace.flow.title')}
    </Heading>
  );
}
