import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../common';

/** The application in a few short steps (/sok?tilbud=<offer id>). */
export function ApplyPage() {
  const { t } = useTranslation();
  useTitle(t('apply.title'));
  return (
    <Heading level={1} data-size="lg">
      {t('apply.title')}
    </Heading>
  );
}
