// `npm run test:corpus -- DIR`: the round-trip property over a directory of real YAML files.
import base from './jest.config.js';

export default { ...base, testMatch: ['<rootDir>/test/corpus/**/*.test.ts'] };
