// Texts of the application steps (/sok), Norwegian bokmål first and English.
export const apply = {
  nb: {
    title: 'Søk om tilbud',
  },
  en: {
    title: 'Apply for an offer',
  },
};
