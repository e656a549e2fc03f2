module.exports = { ...require('../jest.base.js'), displayName: 'schema', rootDir: __dirname };
