import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** A workspace's own menu: its pages, the current one marked (aria-current, by NavLink). */
export function WorkspaceNav({
  label,
  links,
}: {
  label: string;
  links: { to: string; text: string; end?: boolean }[];
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('staff.workspaceMenu', { name: label })} className="workspace-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <Link asChild>
              <NavLink to={link.to} end={link.end}>
                {link.text}
              </NavLink>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
