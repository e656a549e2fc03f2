import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useAuth } from '../auth';
import { useTitle } from '../pages/common';
import type { StaffRole } from './workspaces';

/**
 * Shows its children to a signed-in person with one of `roles`. Anyone signed out is asked to sign in (and comes
 * back here); anyone signed in without the role sees "no access", and the page asks the graph for nothing.
 */
export function RequireRole({ roles, children }: { roles: readonly StaffRole[]; children: ReactNode }) {
  const { status, person } = useAuth();
  if (status !== 'signed-in' || !person) return <StaffSignIn />;
  if (!roles.some((role) => person.roles.includes(role))) return <NoAccess />;
  return <>{children}</>;
}

function StaffSignIn() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const location = useLocation();
  useTitle(t('staff.signIn.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('staff.signIn.title')}
      </Heading>
      <Paragraph>{t('staff.signIn.body')}</Paragraph>
      <div>
        <Button onClick={() => void signIn(`${location.pathname}${location.search}`)}>
          {t('staff.signIn.button')}
        </Button>
      </div>
    </div>
  );
}

/** A page of a workspace the signed-in person has no role for. */
export function NoAccess() {
  const { t } = useTranslation();
  useTitle(t('staff.noAccess.title'));
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t('staff.noAccess.title')}
      </Heading>
      <Paragraph>{t('staff.noAccess.body')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <NavLink to="/arbeid">{t('staff.noAccess.back')}</NavLink>
        </Link>
      </Paragraph>
    </div>
  );
}
