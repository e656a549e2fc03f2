import { Access } from '@veiinn/kit';
import { Directive, Field, ObjectType } from 'type-graphql';
import { changeSentences, meetingText, type ChangeFacts } from './decision.change';
import { DecisionOutcome, LetterLanguage } from './decision.enums';
import { writtenDate } from './decision.dates';

// The rules' tests read it from here, where it was first.
export { writtenDate };

/** What a letter may say: the participant's name and the offer, nothing else about the person. */
export interface LetterFacts {
  outcome: DecisionOutcome;
  participantName: string;
  /** The offer granted or waited for, in the letter's language; null for a refusal or a wait for every choice. */
  offerTitle: string | null;
  providerName: string | null;
  /** Titles of every offer applied for, in order of preference, in the letter's language. */
  offersAppliedFor: string[];
  startDate: string | null;
  daysPerWeek: number | null;
  hoursPerWeek: number | null;
  reason: string | null;
  decidedOn: string;
  /** A changed decision (endret vedtak) after a flow meeting: what changes; null or absent for an application's. */
  change?: ChangeFacts | null;
  /** A changed decision whose transition was reverted: annulled on that day, for that reason; else null or absent. */
  annulled?: { on: string; reason: string } | null;
}

@Directive(Access.PERSONAL)
@ObjectType({ description: 'A decision letter (vedtaksbrev) in plain language, for the applicant or guardian.' })
export class DecisionLetter {
  @Field(() => LetterLanguage, { description: 'The language of the letter.' })
  language!: LetterLanguage;

  @Field(() => String, { description: 'The heading of the letter.' })
  title!: string;

  @Field(() => String, { description: 'The date of the letter, written out, e.g. "23. november 2026".' })
  date!: string;

  @Field(() => String, { description: 'The greeting, with the participant’s name.' })
  greeting!: string;

  @Field(() => [String], { description: 'The body of the letter, paragraph by paragraph.' })
  paragraphs!: string[];

  @Field(() => String, { description: 'The right to appeal (klage): to whom and within what time.' })
  appeal!: string;

  @Field(() => String, { description: 'The closing and the sender.' })
  signature!: string;
}

const list = (items: string[], and: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

/**
 * The letter for a decision, in short sentences and everyday words (klarspråk). The text is a synthetic demo text,
 * not the municipality's legal wording; it says so at the end.
 */
export function decisionLetter(facts: LetterFacts, language: LetterLanguage): DecisionLetter {
  const nb = language === LetterLanguage.NB;
  const date = writtenDate(facts.decidedOn, language);
  const { title, paragraphs } = facts.change
    ? changeBody(facts, facts.change, language)
    : outcomeBody(facts, language, date);
  if (facts.reason && !facts.change)
    paragraphs.push(nb ? `Begrunnelse: ${facts.reason}` : `Why we decided this: ${facts.reason}`);
  paragraphs.push(
    nb
      ? 'Har du spørsmål, kan du ringe eller skrive til Tildelingskontoret. Du kan ta med deg en du stoler på.'
      : 'If you have questions, call or write to the allocation office (Tildelingskontoret). You may bring someone you trust.',
  );
  return {
    language,
    title,
    date,
    greeting: nb ? `Hei, ${facts.participantName}` : `Dear ${facts.participantName}`,
    paragraphs,
    appeal: nb
      ? 'Du kan klage på dette vedtaket. Klagen sender du til Tildelingskontoret innen 3 uker etter at du fikk brevet. ' +
        'Skriv hva du er uenig i. Vi kan hjelpe deg å skrive klagen. (Dette er en syntetisk demotekst, ikke et ekte vedtak.)'
      : 'You may appeal (klage) against this decision. Send the appeal to the allocation office within 3 weeks of ' +
        'receiving this letter. Say what you disagree with. We can help you write it. (This is a synthetic demo text, not a real decision.)',
    signature: nb
      ? 'Med vennlig hilsen\nTildelingskontoret, Bærum kommune'
      : 'Kind regards\nThe allocation office (Tildelingskontoret), Bærum municipality',
  };
}

/** A letter's title and what it says before the closing paragraphs. */
interface Body {
  title: string;
  paragraphs: string[];
}

/** The body of a changed decision (endret vedtak) after a flow meeting, annulled first if it was undone. */
function changeBody(facts: LetterFacts, change: NonNullable<LetterFacts['change']>, language: LetterLanguage): Body {
  const nb = language === LetterLanguage.NB;
  const paragraphs: string[] = [];
  let title: string;
  const meeting = meetingText(change, language);
  const from = facts.startDate ? writtenDate(facts.startDate, language) : null;
  title = nb ? 'Vedtak om endring av tilbudet ditt' : 'Decision to change your offer';
  paragraphs.push(
    nb
      ? `Du har ønsket å endre tilbudet ditt. Ønsket ble tatt opp på ${meeting}. Vi har bestemt at tilbudet ditt endres${from ? ` fra ${from}` : ''}.`
      : `You wished to change your offer. Your wish was discussed at ${meeting}. We have decided that your offer changes${from ? ` from ${from}` : ''}.`,
    ...changeSentences(change, language),
    nb
      ? 'Stedene tar kontakt med deg før endringen, og forteller hvem du skal møte og hvor.'
      : 'The providers will contact you before the change, and tell you whom to meet and where.',
  );
  if (change.note) paragraphs.push(nb ? `Begrunnelse: ${change.note}` : `Why we decided this: ${change.note}`);
  if (facts.annulled) {
    // The change could not be carried out and was undone: the letter says so first, and keeps what was decided.
    const on = writtenDate(facts.annulled.on, language);
    title = nb ? 'Vedtaket om endring er opphevet' : 'The decision to change your offer is annulled';
    paragraphs.unshift(
      nb
        ? `Vedtaket nedenfor er opphevet ${on}. Endringen ble ikke gjennomført, og du beholder plassen du hadde.${facts.annulled.reason ? ` Begrunnelse: ${facts.annulled.reason}` : ''}`
        : `The decision below was annulled on ${on}. The change was not carried out, and you keep the place you had.${facts.annulled.reason ? ` Why: ${facts.annulled.reason}` : ''}`,
    );
  }
  return { title, paragraphs };
}

/** The body of a decision on an application: granted, rejected or a place on the waiting list. */
function outcomeBody(facts: LetterFacts, language: LetterLanguage, date: string): Body {
  const nb = language === LetterLanguage.NB;
  const applied = list(facts.offersAppliedFor, nb ? 'og' : 'and');
  const paragraphs: string[] = [];
  let title: string;
  const offer = facts.offerTitle ?? applied;
  const at = facts.providerName ? (nb ? ` hos ${facts.providerName}` : ` at ${facts.providerName}`) : '';
  switch (facts.outcome) {
    case DecisionOutcome.GRANTED: {
      title = nb ? `Du har fått plass: ${offer}` : `You have been given a place: ${offer}`;
      paragraphs.push(
        nb
          ? `Du har søkt om ${applied}. Vi har bestemt at du får plass på ${offer}${at}.`
          : `You applied for ${applied}. We have decided that you get a place at ${offer}${at}.`,
      );
      const extent =
        facts.daysPerWeek != null
          ? nb
            ? ` ${facts.daysPerWeek} ${facts.daysPerWeek === 1 ? 'dag' : 'dager'} i uka`
            : ` ${facts.daysPerWeek} ${facts.daysPerWeek === 1 ? 'day' : 'days'} a week`
          : facts.hoursPerWeek != null
            ? nb
              ? ` ${String(facts.hoursPerWeek).replace('.', ',')} timer i uka`
              : ` ${facts.hoursPerWeek} hours a week`
            : '';
      if (facts.startDate)
        paragraphs.push(
          nb
            ? `Du begynner ${writtenDate(facts.startDate, language)}.${extent ? ` Du skal være der${extent}.` : ''}`
            : `You start on ${writtenDate(facts.startDate, language)}.${extent ? ` You will be there${extent}.` : ''}`,
        );
      paragraphs.push(
        nb
          ? 'Stedet tar kontakt med deg før du begynner, og forteller hvem du skal møte og hvor.'
          : 'The provider will contact you before you start, and tell you whom to meet and where.',
      );
      return { title, paragraphs };
    }
    case DecisionOutcome.REJECTED:
      title = nb ? 'Du har ikke fått plass' : 'You have not been given a place';
      paragraphs.push(
        nb
          ? `Du har søkt om ${applied}. Vi har bestemt at du ikke får plass nå.`
          : `You applied for ${applied}. We have decided that you do not get a place now.`,
      );
      return { title, paragraphs };
    case DecisionOutcome.WAITING:
      title = nb ? 'Du står på venteliste' : 'You are on the waiting list';
      paragraphs.push(
        nb
          ? `Du har søkt om ${applied}. Det er ikke ledig plass nå. Vi har satt deg på venteliste for ${offer} fra ${date}.`
          : `You applied for ${applied}. There is no free place now. We have put you on the waiting list for ${offer} from ${date}.`,
        nb
          ? 'Når det blir ledig plass, får du et nytt brev. Du trenger ikke søke på nytt.'
          : 'When a place becomes free, you will get a new letter. You do not need to apply again.',
      );
      return { title, paragraphs };
  }
}

/** The letter as plain text, for `GET /decisions/:id/letter`. */
export function letterText(letter: DecisionLetter): string {
  return (
    [letter.title, letter.date, letter.greeting, ...letter.paragraphs, letter.appeal, letter.signature].join('\n\n') +
    '\n'
  );
}
