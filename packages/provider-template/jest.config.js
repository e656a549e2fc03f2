module.exports = { ...require('../../jest.base.js'), displayName: 'provider-template', rootDir: __dirname };
