import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../../pages/common';

// Placeholder until the page is built.
export function ApplicationPage() {
  const { t } = useTranslation();
  useTitle(t('casework.nav.worklist'));
  return (
    <Heading level={1} data-size="lg">
      {t('casework.nav.worklist')}
    </Heading>
  );
}
