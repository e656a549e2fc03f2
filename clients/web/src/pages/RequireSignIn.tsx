import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '../auth';
import { useTitle } from './common';

/** Shows its children to a signed-in person; anyone else is asked to sign in and comes back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  if (status === 'signed-in') return <>{children}</>;
  return <SignInRequired />;
}

function SignInRequired() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const location = useLocation();
  useTitle(t('auth.required.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('auth.required.title')}
      </Heading>
      <Paragraph>{t('auth.required.body')}</Paragraph>
      <div>
        <Button onClick={() => void signIn(`${location.pathname}${location.search}`)}>
          {t('auth.required.button')}
        </Button>
      </div>
    </div>
  );
}
