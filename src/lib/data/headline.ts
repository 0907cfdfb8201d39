/**
 * The headline figures of a report: what a report page shows first and what a draft of a new
 * report reads first (scripts/extract). Declared once, in the order both show them.
 */
import type { FigureKey } from './schema.ts';

export const HEADLINE_FIGURES = ['budget_initial_wan', 'budget_adjustment_wan', 'budget_final_wan', 'spent_wan', 'execution_rate_pct', 'self_score', 'grade'] as const satisfies readonly FigureKey[];
export type HeadlineFigure = (typeof HEADLINE_FIGURES)[number];

/** The headline figures that are numbers (the grade is a word). */
export type HeadlineNumber = Exclude<HeadlineFigure, 'grade'>;
export const HEADLINE_NUMBERS = HEADLINE_FIGURES.filter((f): f is HeadlineNumber => f !== 'grade');
