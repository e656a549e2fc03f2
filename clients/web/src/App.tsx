import { Alert, Button, Heading, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation, useParams } from 'react-router';
import { SIGNED_OUT_FLAG, useAuth } from './auth';
import { CallbackPage } from './pages/CallbackPage';
import { CalendarPage } from './pages/CalendarPage';
import { CataloguePage } from './pages/CataloguePage';
import { HowToApplyPage } from './pages/HowToApplyPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OfferPage } from './pages/OfferPage';
import { Loading } from './pages/common';
import { RequireSignIn } from './pages/RequireSignIn';
import { RequireRole } from './staff/access';
import { isStaff, STAFF_ROLES } from './staff/workspaces';

// The signed-in pages load when first opened: the catalogue carries none of their code.
const ApplyPage = lazy(() => import('./pages/apply/ApplyPage').then((module) => ({ default: module.ApplyPage })));
const MyPage = lazy(() => import('./pages/mine/MyPage').then((module) => ({ default: module.MyPage })));
const LetterPage = lazy(() => import('./pages/mine/LetterPage').then((module) => ({ default: module.LetterPage })));
const ChangePage = lazy(() => import('./pages/mine/ChangePage').then((module) => ({ default: module.ChangePage })));
const MyDataPage = lazy(() => import('./pages/mine/MyDataPage').then((module) => ({ default: module.MyDataPage })));
// Each staff workspace is its own chunk: a citizen's browser never loads them.
const StaffHome = lazy(() => import('./staff/StaffHome').then((module) => ({ default: module.StaffHome })));
const CaseworkRoutes = lazy(() => import('./staff/casework/routes'));
const FlowRoutes = lazy(() => import('./staff/flow/routes'));
const ProviderRoutes = lazy(() => import('./staff/provider/routes'));
const NavRoutes = lazy(() => import('./staff/nav/routes'));
const PrivacyRoutes = lazy(() => import('./staff/privacy/routes'));
// The figures pages are open to everyone, in their own chunk: the catalogue carries none of their code.
const DashboardRoutes = lazy(() => import('./dashboard/routes'));

export function App() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a navigation, focus goes to the new page's content, as a screen reader user expects of a page load.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);
  const other = t('language.switchToLang');
  return (
    <>
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <header className="header">
        <Link asChild className="brand">
          <NavLink to="/">
            {t('appName')} – {t('tagline')}
          </NavLink>
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            <li>
              <Link asChild>
                <NavLink to="/" end>
                  {t('nav.catalogue')}
                </NavLink>
              </Link>
            </li>
            <li>
              <Link asChild>
                <NavLink to="/arshjul">{t('nav.calendar')}</NavLink>
              </Link>
            </li>
            <li>
              <Link asChild>
                <NavLink to="/slik-soker-du">{t('nav.howToApply')}</NavLink>
              </Link>
            </li>
            <li>
              <Link asChild>
                <NavLink to="/tall">{t('nav.figures')}</NavLink>
              </Link>
            </li>
          </ul>
        </nav>
        <div className="header-actions">
          {auth.status === 'signed-in' ? (
            <>
              {isStaff(auth.person?.roles ?? []) ? (
                <Link asChild>
                  <NavLink to="/arbeid">{t('staff.link')}</NavLink>
                </Link>
              ) : (
                <Link asChild>
                  <NavLink to="/min-side">{t('auth.myPage')}</NavLink>
                </Link>
              )}
              <Button variant="tertiary" onClick={() => void auth.signOut()}>
                {t('auth.signOut')}
              </Button>
            </>
          ) : (
            <Button variant="tertiary" onClick={() => void auth.signIn('/min-side')}>
              {t('auth.signIn')}
            </Button>
          )}
          <Button variant="secondary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
            {t('language.switchTo')}
          </Button>
        </div>
      </header>
      <main id="main" className="main" ref={main} tabIndex={-1}>
        <SessionNotice />
        <Suspense fallback={<Loading />}>
          <Routes>
            <Route path="/" element={<CataloguePage />} />
            <Route path="/tilbud/:id" element={<OfferPage />} />
            <Route path="/tilbud/:id/sok" element={<ApplyFor />} />
            <Route
              path="/sok"
              element={
                <RequireSignIn>
                  <ApplyPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/min-side"
              element={
                <RequireSignIn>
                  <MyPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/min-side/bytte"
              element={
                <RequireSignIn>
                  <ChangePage />
                </RequireSignIn>
              }
            />
            <Route
              path="/min-side/vedtak/:id"
              element={
                <RequireSignIn>
                  <LetterPage />
                </RequireSignIn>
              }
            />
            <Route
              path="/arbeid"
              element={
                <RequireRole roles={STAFF_ROLES}>
                  <StaffHome />
                </RequireRole>
              }
            />
            <Route path="/saksbehandling/*" element={<CaseworkRoutes />} />
            <Route path="/flytmote/*" element={<FlowRoutes />} />
            <Route path="/tilbyder/*" element={<ProviderRoutes />} />
            <Route path="/nav/*" element={<NavRoutes />} />
            <Route path="/personvern/*" element={<PrivacyRoutes />} />
            <Route
              path="/min-side/opplysninger/:participantId"
              element={
                <RequireSignIn>
                  <MyDataPage />
                </RequireSignIn>
              }
            />
            <Route path="/callback" element={<CallbackPage />} />
            <Route path="/arshjul" element={<CalendarPage />} />
            <Route path="/slik-soker-du" element={<HowToApplyPage />} />
            <Route path="/tall/*" element={<DashboardRoutes />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </main>
      <footer className="footer">
        <Paragraph data-size="sm">Veiinn · Bærum kommune</Paragraph>
      </footer>
    </>
  );
}

/** The offer page's "Søk" button: the application with that offer chosen. */
function ApplyFor() {
  const { id } = useParams();
  return <Navigate replace to={`/sok?tilbud=${encodeURIComponent(id ?? '')}`} />;
}

/** Says once that the session ended: by signing out here, or because it expired (then with a way back in). */
function SessionNotice() {
  const { t } = useTranslation();
  const { status, signIn } = useAuth();
  const location = useLocation();
  const [signedOut] = useState(() => {
    try {
      const flag = sessionStorage.getItem(SIGNED_OUT_FLAG) === '1';
      sessionStorage.removeItem(SIGNED_OUT_FLAG);
      return flag;
    } catch {
      return false;
    }
  });
  if (status === 'expired') {
    return (
      <Alert data-color="warning" className="session-notice">
        <Heading level={2} data-size="xs">
          {t('auth.expired.title')}
        </Heading>
        <Paragraph>{t('auth.expired.body')}</Paragraph>
        <Button variant="secondary" onClick={() => void signIn(`${location.pathname}${location.search}`)}>
          {t('auth.signIn')}
        </Button>
      </Alert>
    );
  }
  if (signedOut && status === 'signed-out') {
    return (
      <Alert data-color="success" className="session-notice" role="status">
        <Paragraph>{t('auth.signedOut')}</Paragraph>
      </Alert>
    );
  }
  return null;
}
