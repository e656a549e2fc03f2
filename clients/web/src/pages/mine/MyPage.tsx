import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useTitle } from '../common';

/** My page (/min-side): applications, decisions and letters, places, waiting lists, career plan, who read my data. */
export function MyPage() {
  const { t } = useTranslation();
  useTitle(t('mine.title'));
  return (
    <Heading level={1} data-size="lg">
      {t('mine.title')}
    </Heading>
  );
}
