import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { useAuth } from '../auth';
import { useTitle } from '../pages/common';
import { workspacesFor } from './workspaces';

/** /arbeid: the workspaces of the signed-in member of staff, one card each. */
export function StaffHome() {
  const { t } = useTranslation();
  const { person } = useAuth();
  const workspaces = workspacesFor(person?.roles ?? []);
  useTitle(t('staff.home.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('staff.home.title')}
      </Heading>
      {workspaces.length === 0 ? (
        <Paragraph>{t('staff.home.none')}</Paragraph>
      ) : (
        <ul className="cards plain">
          {workspaces.map((workspace) => (
            <li key={workspace.id}>
              <Card data-color="neutral" asChild>
                <RouterLink to={workspace.base}>
                  <Heading level={2} data-size="sm">
                    {t(`staff.workspace.${workspace.id}.title`)}
                  </Heading>
                  <Paragraph>{t(`staff.workspace.${workspace.id}.intro`)}</Paragraph>
                </RouterLink>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
