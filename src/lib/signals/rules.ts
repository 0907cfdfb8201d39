/**
 * The credibility signals (自评可信度提示): what each rule looks for, its thresholds, where the
 * rule comes from and what it cannot tell. Declared once, as data: the computation
 * (evaluate.ts), the report and department pages, the filters and /about/ all read them from
 * here, so a threshold is never written twice.
 *
 * A signal describes what the report itself states; it is never a verdict on the department.
 */
import { GRADE_BANDS } from '../data/grade.ts';
import type { Texts } from '../format/lang.ts';

export const SIGNAL_IDS = [
  'high_score_with_gaps',
  'execution_rate',
  'budget_adjustment',
  'no_stated_result',
  'qualitative_targets',
  'target_equals_result_100',
  'target_not_above_last_result',
  'counts_not_listed',
  'arithmetic',
  'grade_band',
] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** `info`: context worth knowing; `notable`: past the rule's threshold; `large`: past its upper threshold. */
export const SIGNAL_LEVELS = ['info', 'notable', 'large'] as const;
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

/** The score from which a self-evaluation is graded 优 (the grade bands, grade.ts). */
const EXCELLENT_MIN = GRADE_BANDS.find((b) => b.grade === '优')!.min;

/** Every threshold the rules use, in the unit the rule states. */
export const THRESHOLDS = {
  /** Self-score at or above which a report grades itself 优 */
  highScore: EXCELLENT_MIN,
  /** |100 % − execution rate|, in percentage points: within norm up to `notable`, notable up to `large`, large above */
  execution: { notable: 5, large: 15 },
  /** |mid-year adjustment| ÷ initial budget, percent: above this the adjustment is notable */
  adjustment: 10,
  /** Share of indicators whose target states no number, percent: notable from, large from */
  qualitative: { notable: 25, large: 50 },
} as const;

export interface RuleDoc {
  id: SignalId;
  /** Short name, as a filter option and a panel heading */
  title: Texts;
  /** The rule with its thresholds, in a sentence */
  rule: Texts;
  /** Where the rule or its thresholds come from */
  source: Texts;
  /** What the rule cannot tell */
  limits: Texts;
}

const T = THRESHOLDS;

/** The rules, in the order the panels and /about/ list them. */
export const RULES: readonly RuleDoc[] = [
  {
    id: 'high_score_with_gaps',
    title: { zh: '自评为优，但有指标未达成或未评定', en: 'Graded Excellent with indicators not met or not assessed' },
    rule: {
      zh: `自评得分 ≥ ${T.highScore} 分（或未印得分而等级为优），而列出的绩效指标中至少 1 项未达成或无法评定（未说明结果、结果无法辨认、没有目标、目标与结果无法比较）。列出未达成和未评定的项数。`,
      en: `Self-score ≥ ${T.highScore} points (or the grade Excellent where no score is printed) while at least one listed indicator was not met or cannot be assessed (no result stated, result illegible, no target, target and result not comparable). The counts are given.`,
    },
    source: {
      zh: `优的得分区间（≥ ${T.highScore} 分）取自本站所用的等级区间。财政部门要求自评如实反映绩效，不得刻意抬高分数；对自评报告的研究发现，得分几乎没有差别，绝大多数报告自评为优。`,
      en: `The band of the grade Excellent (≥ ${T.highScore} points) is the one the site uses for grades. Finance authorities ask for self-evaluations that reflect performance as it was, without deliberately raising the score; studies of such reports find scores that barely vary, almost all graded Excellent.`,
    },
    limits: {
      zh: '得分由多项内容加权而成，指标只是其中一部分：有未达成的指标，并不意味着得分有误。未评定的指标可能已经完成，只是报告没有写明。',
      en: 'A score weighs many items, and indicators are only some of them: an indicator missed does not make the score wrong. An indicator not assessed may well have been met; the report does not say.',
    },
  },
  {
    id: 'execution_rate',
    title: { zh: '预算执行率偏离 100%', en: 'Budget execution away from 100 %' },
    rule: {
      zh: `预算执行率（报告所载，未载时按支出 ÷ 调整后预算计算）与 100% 相差不超过 ${T.execution.notable} 个百分点为正常范围；超过 ${T.execution.notable} 个百分点、不超过 ${T.execution.large} 个百分点为偏离明显；超过 ${T.execution.large} 个百分点为偏离较大。`,
      en: `The execution rate (as printed, else spent ÷ final budget) within ${T.execution.notable} percentage points of 100 % is within norm; more than ${T.execution.notable} and up to ${T.execution.large} points away is notable; more than ${T.execution.large} points away is large.`,
    },
    source: {
      zh: `${T.execution.notable}% 和 ${T.execution.large}% 两档与一国财政部门在地方政府预算记分卡中衡量预算执行偏差所用的分档相同。`,
      en: `The bands of ${T.execution.notable} % and ${T.execution.large} % are those a national treasury uses in its scorecard of municipal budgets to grade how far spending ends from budget.`,
    },
    limits: {
      zh: '执行率低可能有正当原因（资金年中收回、项目延期），报告通常会说明；本规则只看数字，不判断原因。',
      en: 'A low rate can have good reasons (funds withdrawn mid-year, a project postponed), which reports usually give; the rule reads the number, not the reasons.',
    },
  },
  {
    id: 'budget_adjustment',
    title: { zh: '年中预算调整超过年初预算的 10%', en: 'Mid-year budget change above 10 % of the initial budget' },
    rule: {
      zh: `年中调整额（调增或调减，报告未印时按调整后预算 − 年初预算计算）超过年初预算的 ${T.adjustment}%。`,
      en: `The mid-year adjustment (increase or cut; where not printed, final budget − initial budget) exceeds ${T.adjustment} % of the initial budget.`,
    },
    source: {
      zh: '预算调整幅度反映年初预算编制的准确程度；不少地方的部门整体支出绩效评价指标把“预算调整率”列为一项指标。阈值 10% 为本站所定。',
      en: 'How much a budget is changed mid-year shows how well it was planned; many local frameworks for evaluating department-wide spending score the adjustment rate. The 10 % threshold is the site’s own.',
    },
    limits: {
      zh: '调整可能由上级政策或资金收回引起，并非部门本身的原因。',
      en: 'An adjustment may be imposed from above (a policy change, funds withdrawn), not the department’s own doing.',
    },
  },
  {
    id: 'no_stated_result',
    title: { zh: '指标未说明完成结果', en: 'Indicators with no result stated' },
    rule: {
      zh: '列出的绩效指标中，至少 1 项只有目标、没有写明完成结果。列出项数。',
      en: 'At least one listed indicator has a target but no stated result. The count is given.',
    },
    source: { zh: '本站的指标评定（达成、未达成、未评定）。', en: 'The site’s accounting of indicators (met, not met, not assessed).' },
    limits: {
      zh: '结果可能写在报告的附件或其他文件中，本站只收录报告正文。',
      en: 'The result may be in an attachment or another document; the site holds the report’s text only.',
    },
  },
  {
    id: 'qualitative_targets',
    title: { zh: '只有定性目标的指标占比', en: 'Share of targets that are only qualitative' },
    rule: {
      zh: `列出的、有目标的绩效指标中，目标不含任何数字（如“达到预期”“有所提升”“符合”）的比例。达到 ${T.qualitative.notable}% 为明显，达到 ${T.qualitative.large}% 为较大。`,
      en: `Among listed indicators with a target, the share whose target states no number (such as "as expected", "improved", "complies"). From ${T.qualitative.notable} % notable, from ${T.qualitative.large} % large.`,
    },
    source: {
      zh: `绩效指标应以定量为主、定性为辅；定性目标难以判断是否达成。${T.qualitative.notable}% 和 ${T.qualitative.large}% 两档为本站所定。`,
      en: `Performance indicators should be mainly quantitative, qualitative ones a complement: a qualitative target is hard to hold a result against. The ${T.qualitative.notable} % and ${T.qualitative.large} % bands are the site’s own.`,
    },
    limits: {
      zh: '只看目标里有没有阿拉伯数字：用汉字写的数（“一年以上”）也算作定性；有的事项本来就难以量化。',
      en: 'Only Arabic digits count as a number: a target written in Chinese numerals (such as "over one year" in words) counts as qualitative; and some aims are hard to quantify at all.',
    },
  },
  {
    id: 'target_equals_result_100',
    title: { zh: '目标与结果恰好都是 100%', en: 'Target and result both exactly 100 %' },
    rule: {
      zh: '目标为 100%，完成结果也恰好为 100% 的指标，列出项数。',
      en: 'Indicators whose target is 100 % and whose result is exactly 100 %. The count is given.',
    },
    source: {
      zh: '完成率、合格率一类的指标常设为 100% 并报告为 100%；这样的指标几乎不可能显示未达成，读者宜知道有多少。',
      en: 'Completion and pass rates are often set at 100 % and reported at 100 %; such an indicator can hardly show a miss, and a reader may want to know how many there are.',
    },
    limits: { zh: '100% 的结果可能完全属实。', en: 'A result of 100 % may be entirely true.' },
  },
  {
    id: 'target_not_above_last_result',
    title: { zh: '今年目标不高于上年实际', en: 'This year’s target at or below last year’s result' },
    rule: {
      zh: '同一部门上一财政年度的报告中有同名指标时：今年的目标不高于上年的实际完成值（越小越好的指标：不低于上年实际值），且两者单位相同。需要上一年度的报告。',
      en: 'Where the department’s report of the previous fiscal year has an indicator of the same name: this year’s target is at or below last year’s result (for an indicator where less is better, at or above), in the same unit. Needs the previous year’s report.',
    },
    source: {
      zh: '目标低于已经达到的水平，达成就几乎没有悬念；比较同一指标的前后两年即可看出。',
      en: 'A target below a level already reached is all but certain to be met; setting one year against the next shows it.',
    },
    limits: {
      zh: '指标只按名称配对（空白和全角半角除外须完全相同）；名称改动的指标配不上。目标为 100% 的比率无法再提高，不计入。目标持平可能有正当理由（条件变差、口径调整）。',
      en: 'Indicators are matched by name only (identical but for spaces and full-width forms); a renamed indicator is not matched. A rate targeted at 100 % cannot be raised and is not counted. A flat target can have good reasons (harder conditions, a changed definition).',
    },
  },
  {
    id: 'counts_not_listed',
    title: { zh: '报告称有指标，但未列出', en: 'Indicators stated but not listed' },
    rule: {
      zh: '报告正文称设置了若干绩效指标（及其达成数），但文本中没有列出这些指标，无法逐项核对。',
      en: 'The report’s text states a number of indicators (and how many were met), but its text lists none of them, so none can be checked.',
    },
    source: { zh: '报告正文所述的指标数与所列指标。', en: 'The counts the report states, against the indicators it lists.' },
    limits: {
      zh: '指标可能列在未公开的附表中。',
      en: 'The indicators may be in an attached table that was not published.',
    },
  },
  {
    id: 'arithmetic',
    title: { zh: '报告自身的数字不一致', en: 'The report’s own figures disagree' },
    rule: {
      zh: '本站核对报告自身算术（执行率、各部分之和、评分表合计、正文所述指标数与指标表等）时，至少 1 项与报告所载不一致。等级与得分区间的核对另列。',
      en: 'At least one of the checks of the report’s own arithmetic (execution rate, parts adding up, scoring table totals, counts stated against the table …) disagrees with what it prints. The grade-band check is a signal of its own.',
    },
    source: { zh: '各报告页“构建检查”中的核对。', en: 'The checks listed on each report page under “What the build checked”.' },
    limits: {
      zh: '小的差异常来自四舍五入或截断；本站照录所载数字，不作更正。',
      en: 'Small differences often come from rounding or truncation; the site publishes the printed figures as they are.',
    },
  },
  {
    id: 'grade_band',
    title: { zh: '等级与得分区间不符', en: 'Grade outside its score band' },
    rule: {
      zh: '报告所写等级与其自评得分所在的区间不符（区间见“术语”）。',
      en: 'The grade the report gives is not the one its self-score’s band has (bands under “Definitions”).',
    },
    source: { zh: '本站所用的等级区间。', en: 'The grade bands the site uses.' },
    limits: { zh: '有的地方使用不同的等级区间。', en: 'Some places use other bands.' },
  },
];

export function ruleOf(id: SignalId): RuleDoc {
  const r = RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no rule "${id}"`);
  return r;
}
