module.exports = { ...require('../../jest.base.js'), displayName: 'service', rootDir: __dirname };
