/**
 * The shapes of the curated inputs, declared once. Types are inferred from these schemas and
 * reused by the build, the pages and the tests. See docs/data-format.md for the prose.
 */
import { z } from 'zod';
import { ParseValueError, parseDecimal } from './numbers.ts';
import { normaliseGrade } from './grade.ts';
import { compact, toHalfWidth } from './text.ts';
import { valueInQuote, type Unit } from './tokens.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'expected a lower-case slug such as "guangzhou-baiyun"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));

/**
 * An English translation the project wrote of the Chinese text beside it (`name` → `name_en`).
 * Always optional: a report without translations builds, and the coverage report counts it.
 * In a record, leave the key out rather than write it empty.
 */
const translation = z.string().trim().min(1, 'must not be empty; leave the translation out until there is one').optional();
/** A `_en` cell of a CSV file: empty (or the column left out) is no translation. */
const translationCell = z.string().nullish().transform((s) => (s == null || s.trim() === '' ? null : s.trim()));

/**
 * The columns of a CSV file: the required `columns`, each text column of `translated` followed
 * by its optional `<column>_en` translation. A file may leave out any `_en` column.
 */
function withTranslations<C extends string, T extends C>(columns: readonly C[], translated: readonly T[]): { columns: readonly string[]; optional: readonly `${T}_en`[] } {
  const optional = translated.map((c) => `${c}_en` as const);
  return { columns: columns.flatMap((c) => ((translated as readonly string[]).includes(c) ? [c, `${c}_en`] : [c])), optional };
}

/** Significant digits the exact-decimal outputs keep (a JSON number round-trips 15). */
const MAX_SIGNIFICANT_DIGITS = 15;

/** What is wrong with a parsed decimal as a published value, or null: `-0`, too many digits. */
function decimalProblem(printed: string, d: string): string | null {
  if (/^-?0(?:\.0+)?$/u.test(d) && /^[-−]/u.test(toHalfWidth(printed).trim())) return `"${printed}" is -0; write 0`;
  const digits = d.replace(/^-/u, '').replace('.', '').replace(/^0+/u, '');
  if (digits.length > MAX_SIGNIFICANT_DIGITS) return `"${printed}" has ${digits.length} significant digits; at most ${MAX_SIGNIFICANT_DIGITS} are kept exactly`;
  return null;
}

/** Bounds of a value: outside `max` is an error; above `warnAbove` a warning (build.ts). */
export interface Bounds { min: number; max: number; warnAbove?: number }
/** Scores and shares are out of 100; rates of execution or adjustment beyond 200 % are not plausible. */
const SCORE_BOUNDS: Bounds = { min: 0, max: 100 };
const SHARE_BOUNDS: Bounds = { min: 0, max: 100 };
export const EXECUTION_RATE_BOUNDS: Bounds = { min: 0, max: 200, warnAbove: 110 };
const ADJUSTMENT_RATE_BOUNDS: Bounds = { min: -200, max: 200 };

function boundsProblem(printed: string, d: string, b: Bounds): string | null {
  const n = Number(d);
  return n < b.min || n > b.max ? `"${printed}" is outside ${b.min}–${b.max}` : null;
}

/** A CSV cell holding a decimal as printed; empty → null. */
function decimalCell(opts: { negative: boolean; unit?: string; bounds?: Bounds }) {
  return z.string().transform((s, ctx) => {
    if (s.trim() === '') return null;
    try {
      const d = parseDecimal(s, opts.unit);
      if (!opts.negative && (d.startsWith('-') || /^\s*[-−]/u.test(s))) {
        ctx.addIssue({ code: 'custom', message: `"${s}" is negative; only adjustments may be negative` });
        return z.NEVER;
      }
      const problem = decimalProblem(s, d) ?? (opts.bounds ? boundsProblem(s, d, opts.bounds) : null);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return d;
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: e instanceof ParseValueError ? e.message : String(e) });
      return z.NEVER;
    }
  });
}

/** A date that exists (2023-02-29 does not). */
function realDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}
const optionalDate = z.union([
  z.literal('').transform(() => null),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected YYYY-MM-DD').refine(realDate, { message: 'is not a date that exists' }),
]);
const boolCell = z.enum(['true', 'false', '']).transform((s) => (s === '' ? null : s === 'true'));

// ── data/departments.csv ───────────────────────────────────────────────────────────────
export const DEPARTMENT_COLUMNS = ['id', 'name_zh', 'name_en', 'short_name_zh', 'admin_code', 'level', 'city_zh', 'province_zh', 'aliases'] as const;
/** The file's columns: `city_en` and `province_en` (the region in English) may be left out. */
export const DEPARTMENT_FILE = {
  columns: ['id', 'name_zh', 'name_en', 'short_name_zh', 'admin_code', 'level', 'city_zh', 'city_en', 'province_zh', 'province_en', 'aliases'],
  optional: ['city_en', 'province_en'],
} as const;
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
  /** The city and province in English ("Guangzhou", "Guangdong"), empty until translated */
  city_en: translationCell,
  province_zh: nonEmpty,
  province_en: translationCell,
  /** Other names people search for, `|`-separated */
  aliases: z.string().transform((s) => s.split('|').map((a) => a.trim()).filter(Boolean)),
});
export type DepartmentRow = z.output<typeof departmentRow>;

// ── data/sources.csv ───────────────────────────────────────────────────────────────────
export const SOURCE_COLUMNS = ['id', 'file', 'sha256', 'title', 'department_id', 'fiscal_year', 'title_year', 'kind', 'filed_on', 'original_url', 'retrieved_on'] as const;
/** The file's columns: `title_en` (the title in English) may be left out. */
export const SOURCE_FILE = withTranslations(SOURCE_COLUMNS, ['title']);
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
  /** The title in English, empty until translated */
  title_en: translationCell,
  department_id: slug,
  /** Year the figures cover */
  fiscal_year: year,
  /** Year the title names, when it names one */
  title_year: z.union([z.literal('').transform(() => null), year]),
  kind: z.enum(['department', 'project']),
  /** Filing date where the report prints one */
  filed_on: optionalDate,
  /** Where the original document was published, when known */
  original_url: z.union([
    z.literal('').transform(() => null),
    z.string().regex(/^https?:\/\/[^\s"'<>]+$/u, 'expected an http(s) address without spaces or quotes'),
  ]),
  /** When the original was retrieved from original_url, when known */
  retrieved_on: optionalDate,
}).superRefine((row, ctx) => {
  // The id says whose report of which year and kind it is: it must agree with its own row.
  const expected = `${row.department_id}-${row.fiscal_year}-${row.kind}`;
  if (row.id === expected) return;
  const m = /^(.+)-(\d{4})-([a-z]+)$/u.exec(row.id);
  const [column, found] = !m ? ['id', row.id]
    : m[1] !== row.department_id ? ['department_id', row.department_id]
      : Number(m[2]) !== row.fiscal_year ? ['fiscal_year', String(row.fiscal_year)]
        : ['kind', row.kind];
  ctx.addIssue({ code: 'custom', path: [column], message: `the id "${row.id}" disagrees with ${column} "${found}": ids are <department_id>-<fiscal_year>-<kind>, here "${expected}"` });
});
export type SourceRow = z.output<typeof sourceRow>;

// ── data/reports/<id>.json ─────────────────────────────────────────────────────────────
/** What a figure's printed form must parse as. */
export type FigureKind = 'amount' | 'signedAmount' | 'percent' | 'signedPercent' | 'rate' | 'share' | 'points' | 'count' | 'grade';
type NumberKind = Exclude<FigureKind, 'grade'>;

const UNIT: Record<NumberKind, RegExp> = {
  amount: /万元$/u,
  signedAmount: /万元$/u,
  percent: /%$/u,
  signedPercent: /%$/u,
  rate: /%$/u,
  share: /%$/u,
  points: /分$/u,
  count: /(?:人|个|家|项)$/u,
};
/** The unit a figure of each kind stands with in its quote. */
const KIND_UNIT: Record<NumberKind, Unit> = {
  amount: '万元', signedAmount: '万元', percent: '%', signedPercent: '%', rate: '%', share: '%', points: '分',
  count: ['人', '个', '家', '项', '名', '次'],
};
/** Kinds a decrease may be stated for (`negative: true`, or a printed minus). */
const SIGNED = new Set<FigureKind>(['signedAmount', 'signedPercent']);
const KIND_BOUNDS: Partial<Record<NumberKind, Bounds>> = { rate: EXECUTION_RATE_BOUNDS, share: SHARE_BOUNDS, points: SCORE_BOUNDS };

/** The number of a printed figure: half-width, the unit its kind allows removed, parsed exactly. */
export function figureNumber(kind: NumberKind, printed: string): string {
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
      note_en: translation,
      /** The source line the quote starts on, where the quote occurs more than once */
      line: z.number().int().positive().optional(),
    })
    .superRefine((f, ctx) => {
      const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['printed'], message });
      try {
        if (kind === 'grade') {
          if (!normaliseGrade(f.printed)) issue(`"${f.printed}" is not a grade (优, 良, 中, 差 or 优秀, 良好 …)`);
          else if (!compact(f.quote).includes(compact(f.printed))) issue(`"${f.printed}" does not occur in its quote`);
          if (f.negative) ctx.addIssue({ code: 'custom', path: ['negative'], message: 'a grade cannot be negative' });
          return;
        }
        const d = figureNumber(kind, f.printed);
        const signed = SIGNED.has(kind);
        if (f.negative && !signed) ctx.addIssue({ code: 'custom', path: ['negative'], message: 'this figure cannot be negative; only adjustments and changes may be' });
        else if (f.negative && d.startsWith('-')) ctx.addIssue({ code: 'custom', path: ['negative'], message: `"${f.printed}" already prints a minus sign; \`negative\` is for a decrease printed without one` });
        else if (f.negative && /^0(?:\.0+)?$/u.test(d)) ctx.addIssue({ code: 'custom', path: ['negative'], message: `"${f.printed}" with \`negative\` is -0; leave \`negative\` out` });
        if (d.startsWith('-') && !signed) issue(`"${f.printed}" is negative`);
        if (kind === 'count' && d.includes('.')) issue(`"${f.printed}" is not a whole number`);
        const bounds = KIND_BOUNDS[kind];
        const problem = decimalProblem(f.printed, d) ?? (bounds ? boundsProblem(f.printed, d, bounds) : null);
        if (problem) issue(problem);
        const wrong = valueInQuote(d, f.quote, KIND_UNIT[kind]);
        if (wrong) issue(wrong);
      } catch (e) {
        issue(e instanceof Error ? e.message : String(e));
      }
    });
}
export const figureSchema = figure('amount');
export type Figure = z.output<typeof figureSchema>;

/** Every figure key a report may state, with the kind its printed form must have. */
export const FIGURE_KINDS = {
  budget_initial_wan: 'amount',
  budget_adjustment_wan: 'signedAmount',
  budget_adjustment_rate_pct: 'signedPercent',
  budget_final_wan: 'amount',
  spent_wan: 'amount',
  execution_rate_pct: 'rate',
  basic_spent_wan: 'amount',
  project_spent_wan: 'amount',
  personnel_spent_wan: 'amount',
  public_spent_wan: 'amount',
  income_total_wan: 'amount',
  income_fiscal_wan: 'amount',
  income_other_wan: 'amount',
  spent_fiscal_wan: 'amount',
  spent_other_wan: 'amount',
  spent_fiscal_share_pct: 'share',
  spent_other_share_pct: 'share',
  spent_change_pct: 'signedPercent',
  procurement_budget_wan: 'amount',
  procurement_spent_wan: 'amount',
  procurement_rate_pct: 'rate',
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

/** The source line a quote starts on: needed where the quote occurs more than once. */
const quoteLine = z.number().int().positive().optional();

const quotedText = z.strictObject({
  /** The item as printed (line breaks inside it removed) */
  text: nonEmpty,
  text_en: translation,
  /** An exact excerpt of the source identifying the item */
  quote: nonEmpty,
  line: quoteLine,
});

/**
 * A result the report states in prose (not in its indicator table), with the target it was
 * set against where the report states one: `完成招商落地项目 181 宗` against `计划 … 180 宗`.
 */
const outcome = z.strictObject({
  /** What was counted or measured, in Chinese, as close to the report's words as the sentence allows */
  name: nonEmpty,
  name_en: translation,
  target_text: z.string().trim().min(1).nullable(),
  target_text_en: translation,
  actual_text: z.string().trim().min(1).nullable(),
  actual_text_en: translation,
  /** The single-quantity part of target_text / actual_text, as printed (as in indicators.csv) */
  target_quantity: z.string().trim().min(1).nullable(),
  actual_quantity: z.string().trim().min(1).nullable(),
  /** An excerpt holding the result (or, without a result, the target) */
  quote: nonEmpty,
  line: quoteLine,
  /** An excerpt holding the target, where the report states it elsewhere */
  target_quote: nonEmpty.optional(),
  target_line: quoteLine,
  /**
   * The name of the indicator row (indicators.csv) this result reports on, where the report
   * words them differently; the build checks that the two agree.
   */
  indicator: nonEmpty.optional(),
  note: z.string().optional(),
  note_en: translation,
}).refine((o) => o.target_text !== null || o.actual_text !== null, { message: 'an outcome needs a target_text or an actual_text', path: ['actual_text'] });

export const reportRecord = z.strictObject({
  id: slug,
  /** Project reports: the project's name as printed */
  project_name: z.string().nullable(),
  project_name_en: translation,
  figures: figuresSchema,
  /** Main tasks of a department report, with the funds each involves */
  tasks: z.array(
    z.strictObject({
      name: nonEmpty,
      name_en: translation,
      funds: figure('amount').nullable(),
      goal: z.string().nullable(),
      goal_en: translation,
      outcome: z.string().nullable(),
      outcome_en: translation,
      quote: nonEmpty,
      line: quoteLine,
    }),
  ),
  duties: z.array(quotedText),
  problems: z.array(quotedText),
  measures: z.array(quotedText),
  /** Results the report states in prose */
  outcomes: z.array(outcome).default([]),
  /** Changes of the department the report states (formed, merged, renamed), which a reader comparing years must know */
  restructuring: z.array(quotedText).default([]),
  /** Caveats a reader must know, in Chinese: a text, or the text with its English translation */
  notes: z.array(z.union([nonEmpty, z.strictObject({ text: nonEmpty, text_en: translation })])),
});
export type ReportRecord = z.output<typeof reportRecord>;

// ── data/reports/<id>.indicators.csv ───────────────────────────────────────────────────
export const INDICATOR_COLUMNS = ['task', 'level1', 'level2', 'name', 'target_text', 'actual_text', 'target_quantity', 'actual_quantity', 'stated_met', 'reason', 'weight', 'score', 'legible', 'note', 'quote', 'target_quote'] as const;
/** The text columns of indicators.csv that take an English translation in a `_en` column beside them. */
const INDICATOR_TRANSLATED = ['task', 'level1', 'level2', 'name', 'target_text', 'actual_text', 'reason', 'note'] as const;
/** The file's columns: INDICATOR_COLUMNS with an optional `_en` column after each translated one. */
export const INDICATOR_FILE = withTranslations(INDICATOR_COLUMNS, INDICATOR_TRANSLATED);
export const indicatorRow = z.object({
  task: optionalText,
  task_en: translationCell,
  level1: optionalText,
  level1_en: translationCell,
  level2: optionalText,
  level2_en: translationCell,
  /** 三级指标 as printed, garbled or not */
  name: nonEmpty,
  name_en: translationCell,
  target_text: optionalText,
  target_text_en: translationCell,
  actual_text: optionalText,
  actual_text_en: translationCell,
  /** The single-quantity part of target_text, as printed */
  target_quantity: optionalText,
  actual_quantity: optionalText,
  /** What the report says: 达到 (true) / 未达到 (false) */
  stated_met: boolCell,
  reason: optionalText,
  reason_en: translationCell,
  /** Scoring tables: points available (分值) */
  weight: decimalCell({ negative: false, bounds: SCORE_BOUNDS }),
  /** Scoring tables: points scored (得分) */
  score: decimalCell({ negative: false, bounds: SCORE_BOUNDS }),
  legible: z.enum(['true', 'false']).transform((s) => s === 'true'),
  note: optionalText,
  note_en: translationCell,
  /** An excerpt holding the row (its result, and its target unless target_quote holds that) */
  quote: nonEmpty,
  /** An excerpt holding the target, where it stands apart from the result (another line, another cell) */
  target_quote: optionalText,
});
export type IndicatorRow = z.output<typeof indicatorRow>;

// ── data/reports/<id>.budget-lines.csv ─────────────────────────────────────────────────
export const BUDGET_LINE_COLUMNS = ['name', 'kind', 'initial_wan', 'adjustment_wan', 'final_wan', 'spent_wan', 'funds_wan', 'execution_rate_pct', 'adjustment_rate_pct', 'score', 'quote'] as const;
/** The file's columns: BUDGET_LINE_COLUMNS with an optional `name_en` after `name`. */
export const BUDGET_LINE_FILE = withTranslations(BUDGET_LINE_COLUMNS, ['name']);
export const budgetLineRow = z.object({
  name: nonEmpty,
  name_en: translationCell,
  /** project: a project or sub-budget; task: a main task of the report, with the funds it involves */
  kind: z.enum(['project', 'task']),
  initial_wan: decimalCell({ negative: false, unit: '万元' }),
  adjustment_wan: decimalCell({ negative: true, unit: '万元' }),
  final_wan: decimalCell({ negative: false, unit: '万元' }),
  spent_wan: decimalCell({ negative: false, unit: '万元' }),
  /** Funds a task involves (任务涉及资金), where the report gives neither its budget nor its spending */
  funds_wan: decimalCell({ negative: false, unit: '万元' }),
  execution_rate_pct: decimalCell({ negative: false, unit: '%', bounds: EXECUTION_RATE_BOUNDS }),
  adjustment_rate_pct: decimalCell({ negative: true, unit: '%', bounds: ADJUSTMENT_RATE_BOUNDS }),
  score: decimalCell({ negative: false, bounds: SCORE_BOUNDS }),
  quote: nonEmpty,
});
export type BudgetLineRow = z.output<typeof budgetLineRow>;

// ── data/glossary.csv ──────────────────────────────────────────────────────────────────
export const GLOSSARY_COLUMNS = ['zh', 'en', 'kind', 'note'] as const;
const GLOSSARY_KINDS = ['indicator', 'level', 'unit', 'term'] as const;
export const glossaryRow = z.object({
  /** The Chinese term, as reports print it */
  zh: nonEmpty,
  /** Its English, used wherever the whole text is the term */
  en: nonEmpty.refine((s) => !/\p{Script=Han}/u.test(s), { message: 'must be English (it holds Chinese characters)' }),
  /** indicator name, indicator level (一级/二级), unit, or another recurring term */
  kind: z.enum(GLOSSARY_KINDS),
  note: optionalText,
});
export type GlossaryRow = z.output<typeof glossaryRow>;
