export { synthCorpus, corpusFiles, writeCorpus } from './corpus.ts';
export { SYNTHETIC_MARK } from './report.ts';
export { mulberry32 } from './random.ts';
