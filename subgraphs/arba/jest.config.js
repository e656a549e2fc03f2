module.exports = { ...require('../../jest.base.js'), displayName: 'arba', rootDir: __dirname };
