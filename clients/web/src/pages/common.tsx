import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequestError, missingParts } from '../graphql';
import { pick } from '../format';

/** The document title follows the page and the language. */
export function useTitle(title: string) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('appName')}`;
  }, [title, t]);
}

export function Loading() {
  const { t } = useTranslation();
  return <Spinner aria-label={t('loading')} />;
}

/** A failed request: the gateway's message in the chosen language, its code for support, and a retry. */
export function RequestFailed({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t, i18n } = useTranslation();
  const message =
    error instanceof GraphQLRequestError ? `${pick(error.messages, i18n.language)} (${error.code})` : String(error);
  return (
    <Alert data-color="danger">
      <Heading level={2} data-size="xs">
        {t('error.title')}
      </Heading>
      <Paragraph>{message}</Paragraph>
      {retry && (
        <Button variant="secondary" onClick={retry}>
          {t('error.retry')}
        </Button>
      )}
    </Alert>
  );
}

/**
 * An answer with parts missing because a service did not answer in time: what is shown is right, but not all of it.
 * A status message (read out by a screen reader when it appears), with a way to ask again; nothing when whole.
 */
export function MissingParts({ data, retry }: { data: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (missingParts(data).length === 0) return null;
  return (
    <Alert data-color="warning" role="status">
      <Heading level={2} data-size="xs">
        {t('partial.title')}
      </Heading>
      <Paragraph>{t('partial.body')}</Paragraph>
      {retry && (
        <Button variant="secondary" onClick={retry}>
          {t('error.retry')}
        </Button>
      )}
    </Alert>
  );
}
