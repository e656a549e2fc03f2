module.exports = { ...require('../../jest.base.js'), displayName: 'testing', rootDir: __dirname };
