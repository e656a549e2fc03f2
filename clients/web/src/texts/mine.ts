// Texts of my page (/min-side), Norwegian bokmål first and English.
export const mine = {
  nb: {
    title: 'Min side',
  },
  en: {
    title: 'My page',
  },
};
