// Texts of the case workers' participants, waiting lists and feeds pages, Norwegian bokmål first and English.
export const people = {
  nb: {},
  en: {},
};
