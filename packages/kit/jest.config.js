module.exports = { ...require('../../jest.base.js'), displayName: 'kit', rootDir: __dirname };
