// Texts of the casework workspace, Norwegian bokmål first and English.
export const casework = {
  nb: {},
  en: {},
};
