// Texts of signing in and out, Norwegian bokmål first and English.
export const auth = {
  nb: {
    signIn: 'Logg inn',
    signOut: 'Logg ut',
    myPage: 'Min side',
    signedInAs: 'Logget inn som {{name}}',
    required: {
      title: 'Du må logge inn',
      body: 'For å søke og se dine saker må du logge inn. Da vet vi hvem du er, og du slipper å skrive fødselsnummeret ditt.',
      button: 'Logg inn med ID-porten',
    },
    callback: { title: 'Logger inn …', failed: 'Innloggingen ble ikke fullført. Prøv å logge inn på nytt.' },
    expired: {
      title: 'Du er logget ut',
      body: 'Du har vært logget inn lenge, så vi logget deg ut for å passe på opplysningene dine. Logg inn igjen for å fortsette. Det du har lagret, er ikke borte.',
    },
    signedOut: 'Du er logget ut.',
    unavailable: 'Innloggingen er ikke tilgjengelig akkurat nå. Prøv igjen senere.',
  },
  en: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    myPage: 'My page',
    signedInAs: 'Signed in as {{name}}',
    required: {
      title: 'You need to sign in',
      body: 'To apply and see your cases you need to sign in. Then we know who you are, and you do not have to type your national identity number.',
      button: 'Sign in with ID-porten',
    },
    callback: { title: 'Signing in …', failed: 'The sign-in was not completed. Try signing in again.' },
    expired: {
      title: 'You are signed out',
      body: 'You have been signed in for a long time, so we signed you out to protect your data. Sign in again to go on. What you have saved is not lost.',
    },
    signedOut: 'You are signed out.',
    unavailable: 'Sign-in is not available right now. Try again later.',
  },
};
