import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../format';
import { GraphQLRequestError } from '../graphql';

/**
 * What a write did, said where the person is looking (a status message, read out by a screen reader): on success
 * what happened, on failure the graph's own message and what to do next for its code (CONFLICT: load again; a
 * refusal: who to ask), in the person's language.
 */
export function WriteOutcome({ done, error }: { done?: string; error?: unknown }) {
  const { t, i18n } = useTranslation();
  if (error) {
    const code = error instanceof GraphQLRequestError ? error.code : 'UNKNOWN';
    const message = error instanceof GraphQLRequestError ? pick(error.messages, i18n.language) : String(error);
    const advice = t(`staff.outcome.advice.${code}`, { defaultValue: t('staff.outcome.advice.other') });
    return (
      <Alert data-color="danger" role="alert">
        <Heading level={2} data-size="xs">
          {t('staff.outcome.failed')}
        </Heading>
        <Paragraph>
          {message} ({code})
        </Paragraph>
        <Paragraph>{advice}</Paragraph>
      </Alert>
    );
  }
  if (done) {
    return (
      <Alert data-color="success" role="status">
        <Paragraph>{done}</Paragraph>
      </Alert>
    );
  }
  return null;
}

/**
 * A button for a write that cannot be undone: it opens a dialog that says what will happen, and only its confirm
 * button writes. Focus goes into the dialog and back to the button afterwards (the native <dialog>).
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirm,
  onConfirm,
  disabled,
  variant = 'primary',
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm(): void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant={variant} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      <Dialog ref={dialog} closedby="any" closeButton={t('staff.confirm.cancel')}>
        <Heading level={2} data-size="sm">
          {title}
        </Heading>
        <div className="stack">{children}</div>
        <div className="row">
          <Button
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirm}
          </Button>
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            {t('staff.confirm.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
