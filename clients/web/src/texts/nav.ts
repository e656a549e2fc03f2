// Texts of the nav workspace, Norwegian bokmål first and English.
export const nav = {
  nb: {},
  en: {},
};
