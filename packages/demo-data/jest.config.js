module.exports = { ...require('../../jest.base.js'), displayName: 'demo-data', rootDir: __dirname };
