// What the figures pages share: how often they ask again, whose answer it is, and how times and groups read.
import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { WebCapacityRowFragment } from '../../../src/gql/graphql';
import { useAuth } from '../auth';

/** Every figure asks again each minute while the page is open; the old figures stay until the new ones are in. */
export const REFRESH_MS = 60_000;
export const live = { refetchInterval: REFRESH_MS, placeholderData: keepPreviousData } as const;

/** Who asks changes the answer (the graph hides small counts outside case work): it is part of every query's key. */
export function useViewerKey(): string {
  const { status, person } = useAuth();
  return status === 'signed-in' && person ? person.sub : 'public';
}

export function useTimeText() {
  const { i18n } = useTranslation();
  return (epoch: number) =>
    new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Oslo',
    }).format(new Date(epoch));
}

/** The group's name: a kind in the chosen language, the totals as "All", else the graph's label (a provider, an offer). */
export function useGroupName() {
  const { t } = useTranslation();
  return (group: WebCapacityRowFragment['group']) => {
    if (group.key === 'total') return t('dashboard.total');
    if (group.kind) return t(`kind.${group.kind}`);
    return group.label;
  };
}
