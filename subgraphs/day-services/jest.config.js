module.exports = { ...require('../../jest.base.js'), displayName: 'day-services', rootDir: __dirname };
