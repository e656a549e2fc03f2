import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../../../pages/common';

// Placeholder until the page is built.
export function WaitingListsPage() {
  const { t } = useTranslation();
  useTitle(t('casework.nav.waiting'));
  return (
    <Heading level={1} data-size="lg">
      {t('casework.nav.waiting')}
    </Heading>
  );
}
