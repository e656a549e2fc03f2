// Texts of the provider workspace, Norwegian bokmål first and English.
export const provider = {
  nb: {},
  en: {},
};
