import { ErrorSummary, Heading, Label, Paragraph, Spinner, ValidationMessage } from '@digdir/designsystemet-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ComponentRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StaffNavImportParticipantsDocument } from '../../../../src/gql/graphql';
import { gql } from '../../graphql';
import { useTitle } from '../../pages/common';
import { ConfirmButton, WriteOutcome } from '../Outcome';
import { IMPORT_LIMIT_BYTES, importFileProblem, kilobytes, looksLikeText } from './logic';
import { IMPORT_RESULT_KEY, type ImportResult } from './ImportResultPage';

const FILE_INPUT_ID = 'nav-import-file';

/**
 * /nav/import: NAV's staff upload a JSON-lines export of NAV's participant topic. The file is checked here (chosen,
 * not empty, not over the limit, text), read in the browser and sent to the graph; while it runs the page shows
 * progress, and then the result page lists what was taken and every rejected line.
 */
export function ImportPage() {
  const { t } = useTranslation();
  useTitle(t('navWorkspace.import.title'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The summary comes with an attempt to import (and takes the focus); a problem found on choosing a file is said
  // beside the field only, so choosing does not move the focus.
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<ComponentRef<typeof ErrorSummary>>(null);
  const limit = kilobytes(IMPORT_LIMIT_BYTES);

  const run = useMutation({
    mutationFn: async (chosen: File) => {
      const text = await chosen.text();
      return gql(StaffNavImportParticipantsDocument, { input: { jsonLines: text } });
    },
    onSuccess: (data, chosen) => {
      const result: ImportResult = { fileName: chosen.name, report: data.importNavParticipants };
      queryClient.setQueryData(IMPORT_RESULT_KEY, result);
      void navigate('/nav/import/resultat');
    },
  });

  const problemText = (file: File | null): string | null => {
    const found = importFileProblem(file);
    if (found === 'tooLarge') return t('navWorkspace.import.tooLarge', { size: kilobytes(file!.size), limit });
    return found ? t(`navWorkspace.import.${found}`) : null;
  };
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const start = async () => {
    const found = problemText(file);
    if (found || !file) {
      setProblem(found);
      setAttempt((n) => n + 1);
      return;
    }
    const text = await file.text().catch(() => '\uFFFD');
    if (!looksLikeText(text)) {
      setProblem(t('navWorkspace.import.notText'));
      setAttempt((n) => n + 1);
      return;
    }
    setProblem(null);
    setAttempt(0);
    run.mutate(file);
  };

  return (
    <div className="stack" aria-busy={run.isPending}>
      <Heading level={1} data-size="lg">
        {t('navWorkspace.import.title')}
      </Heading>
      <Paragraph>{t('navWorkspace.import.intro')}</Paragraph>
      <Paragraph>{t('navWorkspace.import.limit', { size: limit })}</Paragraph>
      {problem && attempt > 0 && (
        <ErrorSummary ref={summary} tabIndex={-1}>
          <ErrorSummary.Heading>{t('navWorkspace.import.errorSummary')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            <ErrorSummary.Item>
              <ErrorSummary.Link
                href={`#${FILE_INPUT_ID}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(FILE_INPUT_ID)?.focus();
                }}
              >
                {problem}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      <div className="stack nav-file">
        <Label htmlFor={FILE_INPUT_ID}>{t('navWorkspace.import.fileLabel')}</Label>
        <Paragraph data-size="sm" id={`${FILE_INPUT_ID}-help`}>
          {t('navWorkspace.import.fileHelp')}
        </Paragraph>
        <input
          id={FILE_INPUT_ID}
          type="file"
          accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson,application/jsonl,text/plain"
          aria-describedby={`${FILE_INPUT_ID}-help${problem ? ` ${FILE_INPUT_ID}-error` : ''}`}
          aria-invalid={problem ? true : undefined}
          disabled={run.isPending}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            run.reset();
            setAttempt(0);
            setProblem(chosen ? problemText(chosen) : null);
          }}
        />
        {problem && <ValidationMessage id={`${FILE_INPUT_ID}-error`}>{problem}</ValidationMessage>}
        {file && !problem && (
          <Paragraph data-size="sm">
            {t('navWorkspace.import.chosen', { name: file.name, size: kilobytes(file.size) })}
          </Paragraph>
        )}
      </div>
      <div>
        <ConfirmButton
          label={t('navWorkspace.import.submit')}
          title={t('navWorkspace.import.confirmTitle')}
          confirm={t('navWorkspace.import.confirm')}
          disabled={run.isPending}
          onConfirm={() => void start()}
        >
          <Paragraph>
            {file
              ? t('navWorkspace.import.confirmFile', { name: file.name, size: kilobytes(file.size) })
              : t('navWorkspace.import.noFile')}
          </Paragraph>
          <Paragraph>{t('navWorkspace.import.confirmBody')}</Paragraph>
        </ConfirmButton>
      </div>
      {run.isPending && file && (
        <div role="status" className="row">
          <Spinner aria-hidden data-size="sm" />
          <Paragraph>{t('navWorkspace.import.running', { name: file.name })}</Paragraph>
        </div>
      )}
      {run.isError && <WriteOutcome error={run.error} />}
    </div>
  );
}
