// The staff workspaces: who each is for and where it lives. The app shows a workspace only to a person with one of
// its roles (RequireRole), and the gateway refuses its operations to anyone else; docs/security.md has the matrix.
// Each workspace's pages are in its own folder (casework/, flow/, provider/, nav/, privacy/), loaded when opened.

/** A role the issuer gives staff, as in the token's `roles`. */
export type StaffRole = 'case-worker' | 'provider-staff' | 'nav-staff' | 'privacy-officer';

export type WorkspaceId = 'casework' | 'flow' | 'provider' | 'nav' | 'privacy';

export interface Workspace {
  id: WorkspaceId;
  /** The path every page of the workspace starts with. */
  base: string;
  /** Who may open it: a person needs one of these roles. */
  roles: StaffRole[];
}

export const WORKSPACES: Workspace[] = [
  { id: 'casework', base: '/saksbehandling', roles: ['case-worker'] },
  { id: 'flow', base: '/flytmote', roles: ['case-worker'] },
  { id: 'provider', base: '/tilbyder', roles: ['provider-staff'] },
  { id: 'nav', base: '/nav', roles: ['nav-staff'] },
  { id: 'privacy', base: '/personvern', roles: ['privacy-officer'] },
];

export const STAFF_ROLES: StaffRole[] = ['case-worker', 'provider-staff', 'nav-staff', 'privacy-officer'];

export const isStaff = (roles: readonly string[]) => roles.some((role) => (STAFF_ROLES as string[]).includes(role));

/** The workspaces a person with these roles may open, in the order of WORKSPACES. */
export const workspacesFor = (roles: readonly string[]) =>
  WORKSPACES.filter((workspace) => workspace.roles.some((role) => roles.includes(role)));
