module.exports = { ...require('../../jest.base.js'), displayName: 'contracts', rootDir: __dirname };
