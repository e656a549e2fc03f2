// The workspaces' texts come with their chunks, as the figures' do (dashboard/routes.tsx): a citizen's browser never
// loads them, and the catalogue's JavaScript stays within its budget. Each workspace's routes import this module;
// the texts the app shell itself shows to staff (`staff`: the link to the workspaces, "no access") stay in i18n.ts.
import i18next from '../i18n';
import { casework } from '../texts/casework';
import { flow } from '../texts/flow';
import { nav } from '../texts/nav';
import { people } from '../texts/people';
import { privacy } from '../texts/privacy';
import { proposals } from '../texts/proposals';
import { provider } from '../texts/provider';

const WORKSPACE_TEXTS = { casework, people, flow, provider, navWorkspace: nav, privacy, proposals };

for (const language of ['nb', 'en'] as const) {
  const bundle = Object.fromEntries(Object.entries(WORKSPACE_TEXTS).map(([key, texts]) => [key, texts[language]]));
  i18next.addResourceBundle(language, 'translation', bundle, true, true);
}
