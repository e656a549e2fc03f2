import { Button, Link, Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation } from 'react-router';
import { CalendarPage } from './pages/CalendarPage';
import { CataloguePage } from './pages/CataloguePage';
import { HowToApplyPage } from './pages/HowToApplyPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OfferPage } from './pages/OfferPage';
import { SignInSoonPage } from './pages/SignInSoonPage';

export function App() {
  const { t, i18n } = useTranslation();
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
          </ul>
        </nav>
        <Button variant="secondary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
          {t('language.switchTo')}
        </Button>
      </header>
      <main id="main" className="main" ref={main} tabIndex={-1}>
        <Routes>
          <Route path="/" element={<CataloguePage />} />
          <Route path="/tilbud/:id" element={<OfferPage />} />
          <Route path="/tilbud/:id/sok" element={<SignInSoonPage />} />
          <Route path="/arshjul" element={<CalendarPage />} />
          <Route path="/slik-soker-du" element={<HowToApplyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
      <footer className="footer">
        <Paragraph data-size="sm">Veiinn · Bærum kommune</Paragraph>
      </footer>
    </>
  );
}
