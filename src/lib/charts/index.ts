/**
 * The chart library: for each chart a pure `prepare…` function (data → what the chart shows,
 * unit-tested) and a render function `(prepared, size, lang, options?) → ChartOutput` that
 * returns an SVG string with its title, description and data table. Rendered at build time;
 * no client JavaScript. Re-exports only.
 */
export type { ChartOptions, ChartOutput, ChartSize, ChartTable, Lang, Texts } from './types.ts';
export { executionRate, formatRate, reportLabel, departmentLabel, type RateValue } from './labels.ts';

export { prepareExecutionRates, executionRateChart, type ExecutionRates, type ExecutionRateRow } from './execution-rates.ts';
export { prepareScores, scoreChart, type Scores, type ScoreRow } from './scores.ts';
export { prepareBudgetVsRate, budgetVsRateChart, type BudgetVsRate, type BudgetRateRow, type BudgetRateGap } from './budget-vs-rate.ts';
export { prepareBudgetExecution, budgetExecutionChart, type BudgetExecution } from './budget-execution.ts';
export { prepareSpendingComposition, spendingCompositionChart, type SpendingComposition, type Whole, type Part, type PartKey } from './spending-composition.ts';
export { prepareTrend, trendChart, type Trend, type TrendPoint } from './trend.ts';
export { prepareBudgetLines, budgetLinesChart, type BudgetLines, type BudgetLineRow, type LineMeasure } from './budget-lines.ts';
