import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { completeSignIn, useAuth } from '../auth';
import { Loading, useTitle } from './common';

/** Where the issuer sends the person back with the code: exchanges it (PKCE) and goes on where they were. */
export function CallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { signIn, accept } = useAuth();
  const [failed, setFailed] = useState(false);
  useTitle(t('auth.callback.title'));
  useEffect(() => {
    completeSignIn().then(
      ({ user, returnTo }) => {
        accept(user);
        navigate(returnTo, { replace: true });
      },
      () => setFailed(true),
    );
  }, [navigate, accept]);
  if (!failed) return <Loading />;
  return (
    <Alert data-color="danger">
      <Heading level={1} data-size="xs">
        {t('auth.callback.title')}
      </Heading>
      <Paragraph>{t('auth.callback.failed')}</Paragraph>
      <Button onClick={() => void signIn('/min-side')}>{t('auth.signIn')}</Button>
    </Alert>
  );
}
