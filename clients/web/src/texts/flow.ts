// Texts of the flow workspace, Norwegian bokmål first and English.
export const flow = {
  nb: {},
  en: {},
};
