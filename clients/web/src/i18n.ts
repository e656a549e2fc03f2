// Texts of the app, Norwegian bokmål first and English. Plain words: people with intellectual disability are
// among the users (docs/domain.md, "Who uses the system").
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { apply } from './texts/apply';
import { auth } from './texts/auth';
import { mine } from './texts/mine';
import { myData } from './texts/my-data';
import { corrections } from './texts/corrections';
import { staff } from './texts/staff';

const nb = {
  skipToContent: 'Gå til innholdet',
  appName: 'Veiinn',
  tagline: 'Arbeid og aktivitet i Bærum',
  nav: {
    catalogue: 'Alle tilbud',
    calendar: 'Årshjul',
    howToApply: 'Slik søker du',
    figures: 'Tall og kapasitet',
    main: 'Hovedmeny',
  },
  language: { label: 'Språk', switchTo: 'English', switchToLang: 'en' },
  loading: 'Laster …',
  error: { title: 'Noe gikk galt', retry: 'Prøv igjen' },
  partial: {
    title: 'Noe av informasjonen mangler akkurat nå',
    body: 'En av tjenestene svarer ikke. Det du ser stemmer, men noe er ikke med. Prøv igjen om litt.',
  },
  catalogue: {
    title: 'Alle tilbud om arbeid og aktivitet',
    intro: 'Her er alle tilbudene i Bærum på ett sted. Du kan søke og velge filtre. Trykk på et tilbud for å lese mer.',
    search: 'Søk i tilbudene',
    searchHint: 'For eksempel «kafé», «tre» eller «Arba»',
    searchButton: 'Søk',
    filters: 'Filtre',
    clearFilters: 'Fjern alle filtre',
    any: 'Alle',
    provider: 'Tilbyder',
    kind: 'Type tilbud',
    trade: 'Fagområde',
    site: 'Sted',
    intakeMode: 'Opptak',
    status: 'Søknad og plasser',
    openNow: 'Du kan søke nå',
    hasFree: 'Har ledige plasser',
    sort: 'Sorter',
    sortTitle: 'Navn (A–Å)',
    sortFree: 'Flest ledige plasser',
    sortDeadline: 'Søknadsfrist',
    found_one: '{{count}} tilbud funnet',
    found_other: '{{count}} tilbud funnet',
    none: 'Ingen tilbud passer. Prøv å fjerne et filter.',
    page: 'Side {{page}} av {{pages}}',
    previous: 'Forrige side',
    next: 'Neste side',
    pagination: 'Sider',
  },
  card: {
    hours: '{{hours}} timer i uka',
    daysOrVaries: 'Dager eller timer avtales',
    deadline: 'Søknadsfrist {{date}}',
    continuous: 'Løpende opptak – du kan søke når som helst',
    free_one: '{{count}} ledig plass',
    free_other: '{{count}} ledige plasser',
    noFree: 'Ingen ledige plasser nå',
    waiting_one: '{{count}} venter på plass',
    waiting_other: '{{count}} venter på plass',
    placesUnknown: 'Antall plasser er ikke oppgitt',
    freeHidden: 'Har ledige plasser (antallet vises ikke, det kunne avsløre et tall under 5 personer)',
    waitingHidden: 'Antall som venter vises ikke (tall under 5 personer skjules)',
    closed: 'Ikke åpent for søknader nå',
  },
  kind: {
    ACTIVITY: 'Aktivitet på dagtid',
    ADAPTED_WORK: 'Tilrettelagt arbeid i kommunen',
    VTA: 'Varig tilrettelagt arbeid (VTA)',
    VTAO: 'Varig tilrettelagt arbeid i vanlig bedrift (VTA-O)',
    AFT: 'Arbeidsforberedende trening (AFT)',
    TRAINING_CANDIDATE: 'Lærekandidat',
    APPRENTICESHIP: 'Lærling',
    YOUTH_PROGRAMME: 'Tilbud for unge',
  },
  intakeMode: { MAIN: 'Hovedopptak med frist 1. februar', CONTINUOUS: 'Løpende opptak' },
  decidedBy: {
    ALLOCATION_OFFICE: 'Tildelingskontoret i Bærum kommune bestemmer hvem som får plass.',
    NAV: 'NAV bestemmer hvem som får plass.',
    PROVIDER: 'Tilbyderen bestemmer selv hvem som får plass.',
  },
  offer: {
    back: 'Tilbake til alle tilbud',
    notFound: 'Vi finner ikke dette tilbudet. Kanskje det er fjernet.',
    contains: 'Hva tilbudet er',
    forWhom: 'Hvem kan søke',
    howToApply: 'Slik søker du',
    howMain: 'Send søknaden innen {{date}}. Du får svar om våren, og de fleste starter i august.',
    howContinuous: 'Du kan søke når som helst. Du får svar så snart saken er behandlet.',
    where: 'Hvor',
    siteVaries: 'Stedet avtales med deg.',
    whoDecides: 'Hvem bestemmer',
    places: 'Plasser',
    placesTotal: 'Plasser i alt',
    occupied: 'I bruk nå',
    upcoming: 'Tatt av noen som skal begynne',
    free: 'Ledige',
    waiting: 'Venter på plass',
    notPublished: 'ikke oppgitt',
    hidden: 'skjult',
    hiddenNote:
      'Skjult: tall under 5 personer vises ikke, og heller ikke tall som de kan regnes ut fra. Slik kan ingen finne ut hvem som har plass eller venter.',
    provider: 'Om tilbyderen',
    groups: 'Grupper',
    arenas: 'Arbeidssteder',
    easyRead: 'Lettlest',
    easyReadShow: 'Vis lettlest tekst',
    readAloud: 'Les opp',
    apply: 'Søk',
    hours: 'Timer i uka',
  },
  calendar: {
    title: 'Årshjul for opptaket',
    intro: 'Dette skjer i året før du begynner. Velg året søknadsfristen er i.',
    year: 'År for søknadsfristen',
    empty: 'Ingen hendelser dette året.',
    date: 'Dato',
  },
  howTo: {
    title: 'Slik søker du',
    intro: 'Slik søker du om arbeid eller aktivitet. Du kan få hjelp av en du stoler på.',
    stepsTitle: 'Stegene',
    steps: [
      'Se på tilbudene. Gå gjerne på informasjonsmøtet og de åpne dagene.',
      'Velg ett eller flere tilbud du har lyst på.',
      'Logg inn og fyll ut søknaden. Frist for hovedopptaket er 1. februar.',
      'Tildelingskontoret eller NAV leser søknaden og kan ringe deg.',
      'Du får et svar (vedtak) i posten eller digitalt.',
      'Takker du ja, avtaler du oppstart med tilbyderen.',
    ],
    dataTitle: 'Hva vi spør om, og hvorfor',
    dataIntro: 'Vi spør bare om det vi trenger for å behandle søknaden.',
    data: [
      [
        'Hvem du er',
        'Vi henter fødselsnummeret fra innloggingen. Du skriver det ikke selv, og vi viser det ikke i sin helhet.',
      ],
      ['Hvilke tilbud du vil søke på', 'Så vi vet hvem som skal lese søknaden.'],
      ['Hva du liker å gjøre og hva du har prøvd før', 'Så vi kan finne et tilbud som passer for deg.'],
      ['Hvem som hjelper deg (verge)', 'Bare hvis noen søker for deg. Saksbehandleren sjekker at vergen har lov.'],
    ],
    whoReads: 'Du kan alltid se hvem som har lest opplysningene dine.',
  },
  notFound: { title: 'Siden finnes ikke', back: 'Gå til alle tilbud' },
} as const;

type Texts = { [K in keyof typeof nb]: unknown };

const en: Texts = {
  skipToContent: 'Skip to content',
  appName: 'Veiinn',
  tagline: 'Work and activity in Bærum',
  nav: {
    catalogue: 'All offers',
    calendar: 'Yearly calendar',
    howToApply: 'How to apply',
    figures: 'Figures and capacity',
    main: 'Main menu',
  },
  language: { label: 'Language', switchTo: 'Norsk', switchToLang: 'nb' },
  loading: 'Loading …',
  error: { title: 'Something went wrong', retry: 'Try again' },
  partial: {
    title: 'Some information is missing right now',
    body: 'One of the services is not answering. What you see is right, but some of it is missing. Try again in a while.',
  },
  catalogue: {
    title: 'All offers of work and activity',
    intro: 'All the offers in Bærum in one place. You can search and choose filters. Choose an offer to read more.',
    search: 'Search the offers',
    searchHint: 'For example “café”, “wood” or “Arba”',
    searchButton: 'Search',
    filters: 'Filters',
    clearFilters: 'Remove all filters',
    any: 'All',
    provider: 'Provider',
    kind: 'Kind of offer',
    trade: 'Trade',
    site: 'Place',
    intakeMode: 'Intake',
    status: 'Applications and places',
    openNow: 'You can apply now',
    hasFree: 'Has free places',
    sort: 'Sort',
    sortTitle: 'Name (A–Å)',
    sortFree: 'Most free places',
    sortDeadline: 'Application deadline',
    found_one: '{{count}} offer found',
    found_other: '{{count}} offers found',
    none: 'No offer fits. Try removing a filter.',
    page: 'Page {{page}} of {{pages}}',
    previous: 'Previous page',
    next: 'Next page',
    pagination: 'Pages',
  },
  card: {
    hours: '{{hours}} hours a week',
    daysOrVaries: 'Days or hours are agreed',
    deadline: 'Apply by {{date}}',
    continuous: 'Continuous intake – apply at any time',
    free_one: '{{count}} free place',
    free_other: '{{count}} free places',
    noFree: 'No free places now',
    waiting_one: '{{count}} waiting for a place',
    waiting_other: '{{count}} waiting for a place',
    placesUnknown: 'The number of places is not given',
    freeHidden: 'Has free places (the number is not shown: it could reveal a count under 5 people)',
    waitingHidden: 'The number waiting is not shown (counts under 5 people are hidden)',
    closed: 'Not open for applications now',
  },
  kind: {
    ACTIVITY: 'Daytime activity',
    ADAPTED_WORK: 'Adapted work in the municipality',
    VTA: 'Permanent adapted work (VTA)',
    VTAO: 'Permanent adapted work in an ordinary business (VTA-O)',
    AFT: 'Work preparatory training (AFT)',
    TRAINING_CANDIDATE: 'Training candidate',
    APPRENTICESHIP: 'Apprentice',
    YOUTH_PROGRAMME: 'Offer for young people',
  },
  intakeMode: { MAIN: 'Main intake, deadline 1 February', CONTINUOUS: 'Continuous intake' },
  decidedBy: {
    ALLOCATION_OFFICE: 'The allocation office of Bærum municipality decides who gets a place.',
    NAV: 'NAV decides who gets a place.',
    PROVIDER: 'The provider decides who gets a place.',
  },
  offer: {
    back: 'Back to all offers',
    notFound: 'We cannot find this offer. It may have been removed.',
    contains: 'What the offer is',
    forWhom: 'Who can apply',
    howToApply: 'How to apply',
    howMain: 'Send the application by {{date}}. You get an answer in spring, and most start in August.',
    howContinuous: 'You can apply at any time. You get an answer as soon as the case is handled.',
    where: 'Where',
    siteVaries: 'The place is agreed with you.',
    whoDecides: 'Who decides',
    places: 'Places',
    placesTotal: 'Places in all',
    occupied: 'In use now',
    upcoming: 'Taken by someone who starts later',
    free: 'Free',
    waiting: 'Waiting for a place',
    notPublished: 'not given',
    hidden: 'hidden',
    hiddenNote:
      'Hidden: counts under 5 people are not shown, nor counts they could be worked out from. That way no one can find out who has a place or waits.',
    provider: 'About the provider',
    groups: 'Groups',
    arenas: 'Workplaces',
    easyRead: 'Easy to read',
    easyReadShow: 'Show the easy-to-read text',
    readAloud: 'Read aloud',
    apply: 'Apply',
    hours: 'Hours a week',
  },
  calendar: {
    title: 'Yearly calendar of the intake',
    intro: 'This is what happens in the year before you start. Choose the year of the application deadline.',
    year: 'Year of the application deadline',
    empty: 'Nothing happens this year.',
    date: 'Date',
  },
  howTo: {
    title: 'How to apply',
    intro: 'How to apply for work or activity. Someone you trust can help you.',
    stepsTitle: 'The steps',
    steps: [
      'Look at the offers. Go to the information meeting and the open days if you can.',
      'Choose one or more offers you would like.',
      'Sign in and fill in the application. The main intake deadline is 1 February.',
      'The allocation office or NAV reads the application and may call you.',
      'You get an answer (a decision) by post or digitally.',
      'If you say yes, you agree on a start date with the provider.',
    ],
    dataTitle: 'What we ask for, and why',
    dataIntro: 'We ask only for what we need to handle the application.',
    data: [
      [
        'Who you are',
        'We take your national identity number from the sign-in. You do not type it, and we never show it in full.',
      ],
      ['Which offers you apply for', 'So we know who should read the application.'],
      ['What you like to do and what you have tried', 'So we can find an offer that suits you.'],
      [
        'Who helps you (guardian)',
        'Only if someone applies for you. The case worker checks that the guardian may do so.',
      ],
    ],
    whoReads: 'You can always see who has read your data.',
  },
  notFound: { title: 'The page does not exist', back: 'Go to all offers' },
};

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'veiinn.language';

function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'nb') return stored;
  } catch {
    // storage may be off
  }
  return 'nb';
}

void i18next.use(initReactI18next).init({
  // Each signed-in area keeps its texts in its own file under texts/, both languages side by side.
  resources: {
    nb: {
      translation: {
        ...nb,
        auth: auth.nb,
        apply: apply.nb,
        mine: mine.nb,
        myData: myData.nb,
        corrections: corrections.nb,
        staff: staff.nb,
      },
    },
    en: {
      translation: {
        ...en,
        auth: auth.en,
        apply: apply.en,
        mine: mine.en,
        myData: myData.en,
        corrections: corrections.en,
        staff: staff.en,
      },
    },
  },
  lng: initialLanguage(),
  fallbackLng: 'nb',
  interpolation: { escapeValue: false },
  returnObjects: true,
});

/** `<html lang>` follows the chosen language; the choice (not personal data) is remembered in the browser. */
function applyLanguage(language: string) {
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // storage may be off
  }
}
applyLanguage(i18next.language);
i18next.on('languageChanged', applyLanguage);

export default i18next;
