module.exports = { ...require('../jest.base.js'), displayName: 'gateway', rootDir: __dirname };
