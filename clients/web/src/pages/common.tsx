import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { GraphQLRequestError } from '../graphql';
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
