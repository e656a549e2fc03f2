import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isConflict } from './logic';

/** After a CONFLICT, says that the case was loaded again, so the next try uses what is there now. */
export function Reloaded({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isConflict(error)) return null;
  return (
    <Paragraph role="status" data-testid="reloaded">
      {t('casework.application.reloaded')}
    </Paragraph>
  );
}
