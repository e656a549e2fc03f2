import { Route, Routes } from 'react-router';
import i18next from '../i18n';
import { NotFoundPage } from '../pages/NotFoundPage';
import { DashboardPage } from './DashboardPage';
import { NeedPage } from './NeedPage';
import { dashboard } from '../texts/dashboard';

// The pages' texts come with their chunk: the catalogue's JavaScript stays within its budget without them.
for (const language of ['nb', 'en'] as const) {
  i18next.addResourceBundle(language, 'translation', { dashboard: dashboard[language] }, true, true);
}

/** The figures under /tall, open to everyone: the graph decides what each caller sees. */
export default function DashboardRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="behovet" element={<NeedPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
