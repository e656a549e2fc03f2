module.exports = { ...require('../../jest.base.js'), displayName: 'conformance', rootDir: __dirname };
