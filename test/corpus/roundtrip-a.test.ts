import { describeCorpusHalf } from './roundtrip-cases.js';

describeCorpusHalf(0);
