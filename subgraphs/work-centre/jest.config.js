module.exports = { ...require('../../jest.base.js'), displayName: 'work-centre', rootDir: __dirname };
