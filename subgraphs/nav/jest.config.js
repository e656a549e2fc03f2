module.exports = { ...require('../../jest.base.js'), displayName: 'nav', rootDir: __dirname };
