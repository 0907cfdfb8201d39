export { synthCorpus, corpusFiles, writeCorpus, MARKER, type Corpus, type SynthOptions } from './corpus.ts';
export { SYNTHETIC_MARK, type SynthReport } from './report.ts';
export { synthDepartments, maxDepartments, type SynthDepartment } from './departments.ts';
export { mulberry32, Random, subSeed } from './random.ts';
