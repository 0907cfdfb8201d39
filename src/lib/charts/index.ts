/**
 * The chart library: for each chart a pure `prepare…` function (data → what the chart shows,
 * unit-tested) and a render function `(prepared, size, lang, options?) → ChartOutput` that
 * returns an SVG string with its title, description and data table. Rendered at build time;
 * no client JavaScript. Re-exports only.
 */
export type { ChartOutput, ChartSize, Lang } from './types.ts';

export { prepareExecutionRates, executionRateChart } from './execution-rates.ts';
export { prepareScores, scoreChart } from './scores.ts';
export { prepareBudgetVsRate, budgetVsRateChart } from './budget-vs-rate.ts';
export { prepareBudgetExecution, budgetExecutionChart } from './budget-execution.ts';
export { prepareSpendingComposition, spendingCompositionChart } from './spending-composition.ts';
export { prepareTrend, trendChart } from './trend.ts';
export { prepareBudgetLines, budgetLinesChart } from './budget-lines.ts';
