/**
 * The shapes of the curated inputs, declared once. Types are inferred from these schemas and
 * reused by the build, the pages and the tests. See docs/data-format.md for the prose.
 */
import { z } from 'zod';
import { ParseValueError, parseDecimal } from './numbers.ts';
import { normaliseGrade } from './grade.ts';
import { containsLoosely } from './provenance.ts';
import { toHalfWidth } from './text.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a lower-case slug such as "guangzhou-baiyun"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

/** A CSV cell holding a decimal as printed; empty → null. */
function decimalCell(opts: { negative: boolean; unit?: string }) {
  return z.string().transform((s, ctx) => {
    if (s.trim() === '') return null;
    try {
      const d = parseDecimal(s, opts.unit);
      if (!opts.negative && d.startsWith('-')) {
        ctx.addIssue({ code: 'custom', message: `"${s}" is negative; only adjustments may be negative` });
        return z.NEVER;
      }
      return d;
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: e instanceof ParseValueError ? e.message : String(e) });
      return z.NEVER;
    }
  });
}
const boolCell = z.enum(['true', 'false', '']).transform((s) => (s === '' ? null : s === 'true'));

// ── data/departments.csv ───────────────────────────────────────────────────────────────
export const DEPARTMENT_COLUMNS = ['id', 'name_zh', 'name_en', 'short_name_zh', 'admin_code', 'level', 'city_zh', 'province_zh', 'aliases'] as const;
export const departmentRow = z.object({
  /** URL slug, `<city>-<district>` or `<city>` */
  id: slug,
  /** Official Chinese name */
  name_zh: nonEmpty,
  name_en: nonEmpty,
  short_name_zh: nonEmpty,
  /** GB/T 2260 administrative division code of the district or city */
  admin_code: z.string().regex(/^\d{6}$/u, 'expected 6 digits'),
  level: z.enum(['district', 'city']),
  city_zh: nonEmpty,
  province_zh: nonEmpty,
  /** Other names people search for, `|`-separated */
  aliases: z.string().transform((s) => s.split('|').map((a) => a.trim()).filter(Boolean)),
});
export type DepartmentRow = z.output<typeof departmentRow>;

// ── data/sources.csv ───────────────────────────────────────────────────────────────────
export const SOURCE_COLUMNS = ['id', 'file', 'sha256', 'title', 'department_id', 'fiscal_year', 'title_year', 'kind', 'filed_on'] as const;
const year = z.string().regex(/^(19|20)\d{2}$/u, 'expected a year such as 2021').transform(Number);
export const sourceRow = z.object({
  /** Report id: `<department-id>-<fiscal year>-<kind>` */
  id: slug,
  /** File name under data/sources/ */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/u, 'expected a file name such as "guangzhou-baiyun-2021-department.txt"'),
  /** SHA-256 of the file's bytes: the build fails if the text changes without this changing */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u, 'expected a SHA-256 hex digest'),
  /** Title as printed */
  title: nonEmpty,
  department_id: slug,
  /** Year the figures cover */
  fiscal_year: year,
  /** Year the title names, when it names one */
  title_year: z.union([z.literal('').transform(() => null), year]),
  kind: z.enum(['department', 'project']),
  /** Filing date where the report prints one */
  filed_on: z.union([z.literal('').transform(() => null), z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected YYYY-MM-DD')]),
});
export type SourceRow = z.output<typeof sourceRow>;

// ── data/reports/<id>.json ─────────────────────────────────────────────────────────────
/** What a figure's printed form must parse as. */
export type FigureKind = 'amount' | 'signedAmount' | 'percent' | 'points' | 'count' | 'grade';

const UNIT: Record<Exclude<FigureKind, 'grade'>, RegExp> = {
  amount: /万元$/u,
  signedAmount: /万元$/u,
  percent: /%$/u,
  points: /分$/u,
  count: /(?:人|个|家|项)$/u,
};

/** The number of a printed figure: half-width, the unit its kind allows removed, parsed exactly. */
export function figureNumber(kind: Exclude<FigureKind, 'grade'>, printed: string): string {
  return parseDecimal(toHalfWidth(printed).trim().replace(UNIT[kind], ''));
}

function figure(kind: FigureKind) {
  return z
    .strictObject({
      /** The value as printed, e.g. "5,278.33" */
      printed: nonEmpty,
      /** An exact excerpt of the source containing `printed` (whitespace aside) */
      quote: nonEmpty,
      /** The text states a decrease (调减, 减少) and prints the number without a sign */
      negative: z.literal(true).optional(),
      note: z.string().optional(),
    })
    .superRefine((f, ctx) => {
      if (!containsLoosely(f.quote, f.printed)) {
        ctx.addIssue({ code: 'custom', path: ['printed'], message: `"${f.printed}" does not occur in its quote` });
        return;
      }
      try {
        if (kind === 'grade') {
          if (!normaliseGrade(f.printed)) ctx.addIssue({ code: 'custom', path: ['printed'], message: `"${f.printed}" is not a grade (优, 良, 中, 差 or 优秀, 良好 …)` });
          return;
        }
        const d = figureNumber(kind, f.printed);
        if (d.startsWith('-') && kind !== 'signedAmount') ctx.addIssue({ code: 'custom', path: ['printed'], message: `"${f.printed}" is negative` });
        if (kind === 'count' && d.includes('.')) ctx.addIssue({ code: 'custom', path: ['printed'], message: `"${f.printed}" is not a whole number` });
      } catch (e) {
        ctx.addIssue({ code: 'custom', path: ['printed'], message: e instanceof Error ? e.message : String(e) });
      }
    });
}
export const figureSchema = figure('amount');
export type Figure = z.output<typeof figureSchema>;

/** Every figure key a report may state, with the kind its printed form must have. */
export const FIGURE_KINDS = {
  budget_initial_wan: 'amount',
  budget_adjustment_wan: 'signedAmount',
  budget_adjustment_rate_pct: 'percent',
  budget_final_wan: 'amount',
  spent_wan: 'amount',
  execution_rate_pct: 'percent',
  basic_spent_wan: 'amount',
  project_spent_wan: 'amount',
  personnel_spent_wan: 'amount',
  public_spent_wan: 'amount',
  income_total_wan: 'amount',
  income_fiscal_wan: 'amount',
  income_other_wan: 'amount',
  spent_fiscal_wan: 'amount',
  spent_other_wan: 'amount',
  spent_fiscal_share_pct: 'percent',
  spent_other_share_pct: 'percent',
  spent_change_pct: 'percent',
  procurement_budget_wan: 'amount',
  procurement_spent_wan: 'amount',
  procurement_rate_pct: 'percent',
  self_score: 'points',
  grade: 'grade',
  staff_authorized: 'count',
  staff_actual: 'count',
  staff_retired: 'count',
  staff_other: 'count',
  indicators_stated_total: 'count',
  indicators_stated_met: 'count',
  evaluated_projects_count: 'count',
  evaluated_projects_wan: 'amount',
} as const satisfies Record<string, FigureKind>;
export type FigureKey = keyof typeof FIGURE_KINDS;
export const FIGURE_KEYS = Object.keys(FIGURE_KINDS) as FigureKey[];

const figuresSchema = z.strictObject(
  Object.fromEntries(FIGURE_KEYS.map((k) => [k, figure(FIGURE_KINDS[k]).optional()])) as {
    [K in FigureKey]: z.ZodOptional<ReturnType<typeof figure>>;
  },
);

const quotedText = z.strictObject({
  /** The item as printed (line breaks inside it removed) */
  text: nonEmpty,
  /** An exact excerpt of the source identifying the item */
  quote: nonEmpty,
});
export type QuotedText = z.output<typeof quotedText>;

export const reportRecord = z.strictObject({
  id: slug,
  /** Project reports: the project's name as printed */
  project_name: z.string().nullable(),
  figures: figuresSchema,
  /** Main tasks of a department report, with the funds each involves */
  tasks: z.array(
    z.strictObject({
      name: nonEmpty,
      funds: figure('amount').nullable(),
      goal: z.string().nullable(),
      outcome: z.string().nullable(),
      quote: nonEmpty,
    }),
  ),
  duties: z.array(quotedText),
  problems: z.array(quotedText),
  measures: z.array(quotedText),
  /** Caveats a reader must know, in Chinese */
  notes: z.array(nonEmpty),
});
export type ReportRecord = z.output<typeof reportRecord>;

// ── data/reports/<id>.indicators.csv ───────────────────────────────────────────────────
export const INDICATOR_COLUMNS = ['task', 'level1', 'level2', 'name', 'target_text', 'actual_text', 'target_quantity', 'actual_quantity', 'stated_met', 'reason', 'weight', 'score', 'legible', 'note', 'quote'] as const;
export const indicatorRow = z.object({
  task: optionalText,
  level1: optionalText,
  level2: optionalText,
  /** 三级指标 as printed, garbled or not */
  name: nonEmpty,
  target_text: optionalText,
  actual_text: optionalText,
  /** The single-quantity part of target_text, as printed */
  target_quantity: optionalText,
  actual_quantity: optionalText,
  /** What the report says: 达到 (true) / 未达到 (false) */
  stated_met: boolCell,
  reason: optionalText,
  /** Scoring tables: points available (分值) */
  weight: decimalCell({ negative: false }),
  /** Scoring tables: points scored (得分) */
  score: decimalCell({ negative: false }),
  legible: z.enum(['true', 'false']).transform((s) => s === 'true'),
  note: optionalText,
  quote: nonEmpty,
});
export type IndicatorRow = z.output<typeof indicatorRow>;

// ── data/reports/<id>.budget-lines.csv ─────────────────────────────────────────────────
export const BUDGET_LINE_COLUMNS = ['name', 'initial_wan', 'adjustment_wan', 'final_wan', 'spent_wan', 'execution_rate_pct', 'adjustment_rate_pct', 'score', 'quote'] as const;
export const budgetLineRow = z.object({
  name: nonEmpty,
  initial_wan: decimalCell({ negative: false, unit: '万元' }),
  adjustment_wan: decimalCell({ negative: true, unit: '万元' }),
  final_wan: decimalCell({ negative: false, unit: '万元' }),
  spent_wan: decimalCell({ negative: false, unit: '万元' }),
  execution_rate_pct: decimalCell({ negative: false, unit: '%' }),
  adjustment_rate_pct: decimalCell({ negative: true, unit: '%' }),
  score: decimalCell({ negative: false }),
  quote: nonEmpty,
});
export type BudgetLineRow = z.output<typeof budgetLineRow>;
