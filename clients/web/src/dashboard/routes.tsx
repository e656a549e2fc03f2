import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage';
import { DashboardPage } from './DashboardPage';
import { NeedPage } from './NeedPage';

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
