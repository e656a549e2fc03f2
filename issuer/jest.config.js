module.exports = { ...require('../jest.base.js'), displayName: 'issuer', rootDir: __dirname };
