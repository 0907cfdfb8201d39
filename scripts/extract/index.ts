/** Draft extraction of a report's headline fields from its text (docs/extract.md). */
export { extractReport, toJson, uncertainNote, type Extraction } from './extract.ts';
export { draftFiles, suggestDepartmentId, type Draft, type DraftOptions } from './draft.ts';
export { formatReport, missesOf, scores, type CaseResult, type FieldScore, type Miss } from './evaluate.ts';
export { HEADLINE_FIELDS, FIGURE_FIELDS, expectedSchema, extractionJsonSchema, type Expected, type ExtractionJson, type HeadlineField } from './schema.ts';
