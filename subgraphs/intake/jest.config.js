module.exports = { ...require('../../jest.base.js'), displayName: 'intake', rootDir: __dirname };
