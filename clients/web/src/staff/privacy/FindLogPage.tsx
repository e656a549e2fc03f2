import { Button, ErrorSummary, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTitle } from '../../pages/common';
import { participantIdOf } from './logic';

const FIELD_ID = 'privacy-participant-id';

/**
 * /personvern: the officer enters the participant's id from the person's request. The privacy officer may read
 * the audit log and nothing else of a participant (docs/security.md), so there is no search by name here.
 */
export function FindLogPage() {
  const { t } = useTranslation();
  useTitle(t('privacy.find.title'));
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error, attempt]);

  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('privacy.find.title')}
      </Heading>
      <Paragraph>{t('privacy.find.intro')}</Paragraph>
      {error && (
        <ErrorSummary ref={summary} tabIndex={-1}>
          <ErrorSummary.Heading>{t('privacy.find.errorSummary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            <ErrorSummary.Item>
              <ErrorSummary.Link
                href={`#${FIELD_ID}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(FIELD_ID)?.focus();
                }}
              >
                {error}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const id = participantIdOf(value);
          setAttempt((n) => n + 1);
          if (!id) {
            setError(t('privacy.find.invalid'));
            return;
          }
          setError(null);
          void navigate(`/personvern/logg/${id}`);
        }}
      >
        <Textfield
          id={FIELD_ID}
          label={t('privacy.find.label')}
          description={t('privacy.find.help')}
          autoComplete="off"
          spellCheck={false}
          value={value}
          error={error ?? undefined}
          onChange={(event) => setValue(event.target.value)}
        />
        <div>
          <Button type="submit">{t('privacy.find.submit')}</Button>
        </div>
      </form>
    </div>
  );
}
