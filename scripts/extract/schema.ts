/**
 * The shapes the extractor produces and the evaluation reads, declared once.
 */
import { z } from 'zod';
import { INDICATOR_COLUMNS } from '../../src/lib/data/schema.ts';
import { HEADLINE_FIGURES } from '../../src/lib/data/headline.ts';

/** What the report is: who reports, the year, the kind, the project. */
const IDENTITY_FIELDS = ['department_name', 'supervising_department', 'fiscal_year', 'kind', 'project_name'] as const;

/** The headline fields, in the order they are printed and evaluated: identity, then the site's headline figures. */
export const HEADLINE_FIELDS = [...IDENTITY_FIELDS, ...HEADLINE_FIGURES] as const;
export type HeadlineField = (typeof HEADLINE_FIELDS)[number];

/** The headline fields that are figures of the curated report record (`figures.<key>`). */
export const FIGURE_FIELDS = HEADLINE_FIGURES;

const headline = {
  /** The reporting unit as the report names it (实施单位 / 填报单位 / 部门名称 field, a metadata line, else the title) */
  department_name: z.string().nullable(),
  /** The supervising department (主管部门) when the report names it apart from the reporting unit */
  supervising_department: z.string().nullable(),
  /** The year the figures cover, which may differ from the year in the title */
  fiscal_year: z.number().int().nullable(),
  /** 部门整体 (department) or 项目支出 (project) */
  kind: z.enum(['department', 'project']).nullable(),
  /** Project reports: the project as printed; null for department reports */
  project_name: z.string().nullable(),
  /** 年初预算, 万元 */
  budget_initial_wan: z.number().nullable(),
  /** 年中调整, 万元 (negative for 调减) */
  budget_adjustment_wan: z.number().nullable(),
  /** 调整后预算 / 全年预算数 / 年度预算安排, 万元 */
  budget_final_wan: z.number().nullable(),
  /** 实际支出 / 执行数 / 支出总额, 万元 */
  spent_wan: z.number().nullable(),
  /** 执行率 as printed (never computed), percent */
  execution_rate_pct: z.number().nullable(),
  /** 自评得分, points */
  self_score: z.number().nullable(),
  /** 等级 as printed (优, 优秀, 良好 …) */
  grade: z.string().nullable(),
};

/** Where a value came from. */
export const evidenceSchema = z.strictObject({
  /** The value as printed; null for a field left null because its candidates disagree */
  printed: z.string().nullable(),
  /** An exact excerpt of the text (whitespace aside) containing `printed` */
  quote: z.string().nullable(),
  /** 1-based line of the text where `quote` starts */
  line: z.number().int().positive().nullable(),
  /** "UNCERTAIN: …" when the value (or its absence) needs a person's check */
  note: z.string().optional(),
});
export type Evidence = z.output<typeof evidenceSchema>;

/** An indicator row in the columns of `<report-id>.indicators.csv`, plus its line. */
export const indicatorDraftSchema = z.strictObject({
  ...(Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, z.string()])) as Record<(typeof INDICATOR_COLUMNS)[number], z.ZodString>),
  /** 1-based line of the text where the row starts */
  line: z.number().int().positive(),
});
export type IndicatorDraft = z.output<typeof indicatorDraftSchema>;

/** What `npm run extract -- <file> --json` prints. */
export const extractionJsonSchema = z.strictObject({
  ...headline,
  /** The kind of layout the extractor saw: `form (| cells)`, `report (prose), no title` … */
  layout: z.string(),
  indicators: z.array(indicatorDraftSchema),
  /** One entry per headline field that has a value or needs a check */
  evidence: z.partialRecord(z.enum(HEADLINE_FIELDS), evidenceSchema),
});
export type ExtractionJson = z.output<typeof extractionJsonSchema>;

/** `<case>.expected.json` of the evaluation set. */
export const expectedSchema = z.strictObject({
  /** What the case is and what it exercises */
  about: z.string().min(1),
  /** true for texts written for the evaluation (not real reports) */
  made_up: z.boolean(),
  ...headline,
  supervising_department: headline.supervising_department.optional(),
  budget_adjustment_wan: headline.budget_adjustment_wan.optional(),
});
export type Expected = z.output<typeof expectedSchema>;
