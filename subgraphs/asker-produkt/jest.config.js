module.exports = { ...require('../../jest.base.js'), displayName: 'asker-produkt', rootDir: __dirname };
