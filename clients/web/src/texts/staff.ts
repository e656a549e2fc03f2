// Texts every staff workspace shares (sign-in, no access, tables, outcomes of writes), Norwegian bokmål first and
// English. Staff read them too in plain words.
export const staff = {
  nb: {
    link: 'Arbeidsflate',
    workspaceMenu: 'Meny for {{name}}',
    signIn: {
      title: 'Logg inn som ansatt',
      body: 'Denne siden er for ansatte i kommunen, hos tilbyderne og i NAV. Logg inn med jobbkontoen din.',
      button: 'Logg inn med jobbkontoen',
    },
    noAccess: {
      title: 'Du har ikke tilgang',
      body: 'Denne siden er for en annen rolle enn din. Spør lederen din hvis du trenger tilgang.',
      back: 'Gå til arbeidsflaten din',
    },
    home: {
      title: 'Arbeidsflate',
      none: 'Du har ingen rolle som ansatt. Spør lederen din hvis du skulle hatt det.',
    },
    workspace: {
      casework: {
        title: 'Saksbehandling',
        intro: 'Søknader, vedtak, deltakere, ventelister og hvor ferske dataene fra tilbyderne er.',
      },
      flow: { title: 'Flytmøter', intro: 'Møtene i uke 18 og 41: sakslisten, utfallene og overgangene som følger.' },
      provider: { title: 'Våre deltakere', intro: 'Deltakerne hos oss: plasser, grupper, veiledere og oppfølging.' },
      nav: { title: 'NAV', intro: 'NAVs tiltak, plasser og ventelister, og import av deltakere fra NAV.' },
      privacy: { title: 'Personvern', intro: 'Hvem som har lest opplysninger om en deltaker, og når.' },
    },
    pager: { label: 'Sider', previous: 'Forrige side', next: 'Neste side', position: 'Side {{page}} av {{pages}}' },
    confirm: { cancel: 'Avbryt' },
    outcome: {
      failed: 'Det ble ikke lagret',
      pending: 'Venter på svar …',
      reload: 'Last inn på nytt',
      reloaded: 'Lastet inn på nytt. Se over det som står nå, og prøv igjen.',
      advice: {
        CONFLICT: 'Noen andre har endret dette i mellomtiden. Last inn siden på nytt, se over og prøv igjen.',
        FORBIDDEN: 'Du har ikke lov til å gjøre dette. Spør lederen din hvis du trenger det.',
        UNAUTHENTICATED: 'Du er logget ut. Logg inn igjen og prøv på nytt.',
        BAD_USER_INPUT: 'Rett det som står over, og prøv igjen.',
        NOT_FOUND: 'Den finnes ikke lenger. Gå tilbake til listen.',
        FAILED_PRECONDITION: 'Det går ikke akkurat nå. Les meldingen over.',
        SUBGRAPH_UNAVAILABLE: 'En av tjenestene svarer ikke. Prøv igjen om litt.',
        NETWORK_ERROR: 'Sjekk nettet og prøv igjen.',
        other: 'Prøv igjen. Kontakt brukerstøtte hvis det ikke går.',
      },
    },
  },
  en: {
    link: 'Workspace',
    workspaceMenu: 'Menu of {{name}}',
    signIn: {
      title: 'Sign in as staff',
      body: 'This page is for staff of the municipality, the providers and NAV. Sign in with your work account.',
      button: 'Sign in with your work account',
    },
    noAccess: {
      title: 'You do not have access',
      body: 'This page is for another role than yours. Ask your manager if you need access.',
      back: 'Go to your workspace',
    },
    home: { title: 'Workspace', none: 'You have no staff role. Ask your manager if you should have one.' },
    workspace: {
      casework: {
        title: 'Case work',
        intro: 'Applications, decisions, participants, waiting lists and how fresh the providers’ data is.',
      },
      flow: { title: 'Flow meetings', intro: 'The meetings in weeks 18 and 41: the agenda, outcomes and transitions.' },
      provider: {
        title: 'Our participants',
        intro: 'The participants with us: places, groups, supervisors, follow-up.',
      },
      nav: { title: 'NAV', intro: 'NAV’s measures, places and waiting lists, and importing participants from NAV.' },
      privacy: { title: 'Privacy', intro: 'Who has read data about a participant, and when.' },
    },
    pager: { label: 'Pages', previous: 'Previous page', next: 'Next page', position: 'Page {{page}} of {{pages}}' },
    confirm: { cancel: 'Cancel' },
    outcome: {
      failed: 'It was not saved',
      pending: 'Waiting for the answer …',
      reload: 'Load again',
      reloaded: 'Loaded again. Look over what it says now, and try again.',
      advice: {
        CONFLICT: 'Someone else changed this meanwhile. Load the page again, look it over and try again.',
        FORBIDDEN: 'You may not do this. Ask your manager if you need to.',
        UNAUTHENTICATED: 'You are signed out. Sign in again and try once more.',
        BAD_USER_INPUT: 'Correct what is said above, and try again.',
        NOT_FOUND: 'It no longer exists. Go back to the list.',
        FAILED_PRECONDITION: 'It cannot be done right now. Read the message above.',
        SUBGRAPH_UNAVAILABLE: 'One of the services does not answer. Try again in a little while.',
        NETWORK_ERROR: 'Check your connection and try again.',
        other: 'Try again. Contact support if it does not work.',
      },
    },
  },
};
