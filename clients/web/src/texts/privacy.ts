// Texts of the privacy workspace, Norwegian bokmål first and English.
export const privacy = {
  nb: {},
  en: {},
};
