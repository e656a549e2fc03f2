// Texts of the allocation office's workspace (applications, decisions), Norwegian bokmål first and English. The
// participants, waiting lists and feeds pages keep theirs in texts/people.ts (key `people`).
export const casework = {
  nb: {
    nav: {
      worklist: 'Søknader',
      participants: 'Deltakere',
      waiting: 'Ventelister',
      feeds: 'Datakilder',
      flow: 'Flytmøter',
    },
  },
  en: {
    nav: {
      worklist: 'Applications',
      participants: 'Participants',
      waiting: 'Waiting lists',
      feeds: 'Data sources',
      flow: 'Flow meetings',
    },
  },
};
