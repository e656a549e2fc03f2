import { Heading, Link, Paragraph, Radio, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  StaffCaseworkCorrectionsDocument,
  StaffCaseworkDecideCorrectionDocument,
  type CorrectionStatus,
  type StaffCaseworkCorrectionsQuery,
} from '../../../../../src/gql/graphql';
import { formatDate } from '../../../format';
import { gql } from '../../../graphql';
import { Loading, RequestFailed, useTitle } from '../../../pages/common';
import { DataTable, sortRows, type Column } from '../../DataTable';
import { useListState } from '../../list-state';
import { ConfirmButton, WriteOutcome } from '../../Outcome';

type Request = StaffCaseworkCorrectionsQuery['correctionRequests'][number];
const SHOWN: Record<string, CorrectionStatus[]> = { open: ['OPEN'], answered: ['ACCEPTED', 'REFUSED'] };

/**
 * /saksbehandling/rettinger: what people have asked the office to correct (the right to correction), oldest first,
 * each answered (accepted or refused) with a reason after a confirmation; the answered ones in their own list.
 */
export function CorrectionsPage() {
  const { t, i18n } = useTranslation();
  useTitle(t('corrections.office.title'));
  const list = useListState({ filters: ['vis'] as const, sort: 'asked' });
  const shown = list.filters.vis === 'answered' ? 'answered' : 'open';
  const query = useQuery({
    queryKey: ['staff', 'casework', 'corrections', shown],
    queryFn: ({ signal }) => gql(StaffCaseworkCorrectionsDocument, { status: SHOWN[shown] }, signal),
  });
  const day = (at: string) => formatDate(at.slice(0, 10), i18n.language);
  const columns: Column<Request>[] = [
    {
      key: 'name',
      header: t('corrections.office.who'),
      sortValue: (row) => row.participant?.fullName,
      cell: (row) =>
        row.participant ? (
          <Link asChild>
            <RouterLink to={`/saksbehandling/deltakere/${row.participant.id}`}>{row.participant.fullName}</RouterLink>
          </Link>
        ) : (
          '–'
        ),
    },
    {
      key: 'field',
      header: t('corrections.field'),
      sortValue: (row) => t(`corrections.fields.${row.field}`),
      cell: (row) => t(`corrections.fields.${row.field}`),
    },
    { key: 'now', header: t('corrections.office.now'), cell: (row) => row.currentValue ?? '–' },
    { key: 'should', header: t('corrections.office.should'), cell: (row) => row.correctValue },
    { key: 'reason', header: t('corrections.reason'), cell: (row) => row.reason },
    {
      key: 'asked',
      header: t('corrections.office.asked'),
      sortValue: (row) => row.createdAt,
      cell: (row) => day(row.createdAt),
    },
    shown === 'open'
      ? { key: 'answer', header: t('corrections.office.answerColumn'), cell: (row) => <Answer request={row} /> }
      : {
          key: 'answer',
          header: t('corrections.office.answerColumn'),
          cell: (row) => `${t(`corrections.status.${row.status}`)}: ${row.answer ?? ''}`,
        },
  ];
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('corrections.office.title')}
      </Heading>
      <Paragraph>{t('corrections.office.intro')}</Paragraph>
      <Fieldset>
        <Fieldset.Legend>{t('corrections.office.show')}</Fieldset.Legend>
        {(['open', 'answered'] as const).map((value) => (
          <Radio
            key={value}
            name="vis"
            value={value}
            label={t(`corrections.office.${value}`)}
            checked={shown === value}
            onChange={() => list.setFilters({ vis: value === 'open' ? '' : value })}
          />
        ))}
      </Fieldset>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <RequestFailed error={query.error} retry={() => void query.refetch()} />
      ) : (
        <DataTable
          caption={t(`corrections.office.${shown}`)}
          columns={columns}
          rows={sortRows(query.data.correctionRequests, columns, list.sort, list.direction)}
          rowKey={(row) => row.id}
          sort={list.sort}
          direction={list.direction}
          onSort={list.toggleSort}
          empty={t('corrections.office.none')}
        />
      )}
    </div>
  );
}

/** The answer to one open request: a reason, then accept or refuse, each after a confirmation. */
function Answer({ request }: { request: Request }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const [done, setDone] = useState<string | undefined>();
  const decide = useMutation({
    mutationFn: (outcome: 'ACCEPTED' | 'REFUSED') =>
      gql(StaffCaseworkDecideCorrectionDocument, {
        input: { requestId: request.id, expectedVersion: request.version, outcome, answer },
      }),
    onSuccess: (result) => {
      setDone(t(`corrections.office.done.${result.decideCorrectionRequest.status}`));
      void queryClient.invalidateQueries({ queryKey: ['staff', 'casework', 'corrections'] });
    },
  });
  const who = request.participant?.fullName ?? '';
  return (
    <div className="stack">
      <Textfield
        label={t('corrections.office.answerLabel', { name: who })}
        multiline
        rows={2}
        value={answer}
        onChange={(event) => setAnswer(event.target.value)}
      />
      <div className="row">
        <ConfirmButton
          label={t('corrections.office.accept')}
          title={t('corrections.office.acceptTitle')}
          confirm={t('corrections.office.accept')}
          disabled={decide.isPending || !answer.trim()}
          onConfirm={() => decide.mutate('ACCEPTED')}
        >
          <Paragraph>
            {t('corrections.office.acceptBody', {
              name: who,
              field: t(`corrections.fields.${request.field}`),
              value: request.correctValue,
            })}
          </Paragraph>
        </ConfirmButton>
        <ConfirmButton
          variant="secondary"
          label={t('corrections.office.refuse')}
          title={t('corrections.office.refuseTitle')}
          confirm={t('corrections.office.refuse')}
          disabled={decide.isPending || !answer.trim()}
          onConfirm={() => decide.mutate('REFUSED')}
        >
          <Paragraph>{t('corrections.office.refuseBody', { name: who })}</Paragraph>
        </ConfirmButton>
      </div>
      <WriteOutcome done={done} error={decide.error ?? undefined} />
    </div>
  );
}
