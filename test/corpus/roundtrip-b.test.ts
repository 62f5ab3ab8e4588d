import { describeCorpusHalf } from './roundtrip-cases.js';

describeCorpusHalf(1);
