module.exports = { ...require('../jest.base.js'), displayName: 'clients', rootDir: __dirname };
