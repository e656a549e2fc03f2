import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useTitle } from './common';

// Where "Søk" leads until citizen sign-in (OpenID Connect against the issuer) arrives in the next slice.
export function SignInSoonPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  useTitle(t('signIn.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      <Paragraph>{t('signIn.body')}</Paragraph>
      <Link asChild>
        <RouterLink to={`/tilbud/${id ?? ''}`}>{t('signIn.back')}</RouterLink>
      </Link>
    </div>
  );
}
