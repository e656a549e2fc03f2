// Texts of the nav workspace (i18n key `navWorkspace`: `nav` is the app's own menu), Norwegian bokmål first and English.
export const nav = {
  nb: {},
  en: {},
};
