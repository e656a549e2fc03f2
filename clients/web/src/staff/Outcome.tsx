import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../format';
import { GraphQLRequestError } from '../graphql';
import { offersReload } from './write-state';

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
  beforeOpen,
}: {
  label: string;
  title: string;
  children: ReactNode;
  confirm: string;
  onConfirm(): void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
  /** Checks the form first: the dialog opens only when it says true (so a problem is shown before, not after). */
  beforeOpen?(): boolean;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button
        variant={variant}
        disabled={disabled}
        onClick={() => (beforeOpen?.() ?? true) && dialog.current?.showModal()}
      >
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

/**
 * Says, where it can be seen and heard, that a write waits for an answer (a provider may take seconds): a status
 * region that is always there (so a screen reader announces the text when it appears), empty when not `busy`.
 */
export function WritePending({ busy, text }: { busy: boolean; text?: string }) {
  const { t } = useTranslation();
  return <div role="status">{busy && <Paragraph data-size="sm">{text ?? t('staff.outcome.pending')}</Paragraph>}</div>;
}

/**
 * After a CONFLICT, a button that loads the page's data (`queryKey`) again, so the next try uses the new version;
 * then it says so. Nothing for any other outcome.
 */
export function ReloadOnConflict({ error, queryKey }: { error: unknown; queryKey: QueryKey }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [state, setState] = useState<{ error: unknown; reloaded: boolean; busy: boolean }>();
  if (!offersReload(error)) return null;
  // Said once per conflict: a new CONFLICT starts over.
  const current = state?.error === error ? state : undefined;
  const reload = async () => {
    setState({ error, reloaded: false, busy: true });
    await client.refetchQueries({ queryKey });
    setState({ error, reloaded: true, busy: false });
  };
  return (
    <div className="stack">
      <div>
        <Button variant="secondary" aria-busy={current?.busy} disabled={current?.busy} onClick={() => void reload()}>
          {t('staff.outcome.reload')}
        </Button>
      </div>
      <div role="status">{current?.reloaded && <Paragraph>{t('staff.outcome.reloaded')}</Paragraph>}</div>
    </div>
  );
}
