/**
 * One synthetic report: its source text and its curated record, written together so that
 * every quote in the record is a line (or a sentence) of the text, every printed value is in
 * its quote, and the figures agree with each other the way the data build checks them —
 * except where a report is meant to be imperfect (a truncated rate, a missing figure, an
 * illegible indicator row), in the proportions the real reports show.
 */
import type { z } from 'zod';
import type { budgetLineRow, indicatorRow, reportRecord, sourceRow } from '../../src/lib/data/schema.ts';
import { Random } from './random.ts';
import { gradeForScore, type Grade } from '../../src/lib/data/grade.ts';
import { formatCents, formatHundredths, fullWidthDigits, rateHundredths, rateHundredthsTruncated } from './money.ts';
import { DUTIES, MEASURES, PROBLEMS, RESULT_SENTENCES, TASKS, WORK_SENTENCES } from './phrases.ts';
import { Text, numeral } from './text.ts';
import { indicatorTable, scoringTable } from './indicators.ts';
import type { PlannedIndicator } from './history.ts';
import type { SynthDepartment } from './departments.ts';

/** The first line of every synthetic text: nobody may mistake it for a real report. */
export const SYNTHETIC_MARK = '合成测试数据，不是真实报告 (synthetic test data, not a real report)';

/**
 * What the synthetic corpus writes is typed by the data model's own input schemas
 * (src/lib/data/schema.ts): a record is what `reportRecord` accepts, a CSV row what
 * `indicatorRow` / `budgetLineRow` / `sourceRow` accept, so a change of the data format
 * is a type error here, not a corpus the build rejects.
 */
export type RecordJson = z.input<typeof reportRecord>;
type QuotedJson = RecordJson['duties'][number];
/** A row of `<id>.indicators.csv`, as the file holds it (text cells). */
export type IndicatorCells = z.input<typeof indicatorRow>;
/** A row of `<id>.budget-lines.csv`, as the file holds it (text cells). */
type BudgetLineCells = z.input<typeof budgetLineRow>;

export interface SynthReport {
  /** Its row of sources.csv (sha256 is computed when the corpus is written) */
  source: Omit<z.input<typeof sourceRow>, 'sha256'>;
  text: string;
  record: RecordJson;
  indicators: IndicatorCells[];
  budgetLines: BudgetLineCells[];
}

export interface ReportPlan {
  department: SynthDepartment;
  year: number;
  kind: 'department' | 'project';
  /** Project name for project reports */
  project: string | null;
  seed: number;
  /** A department-wide report's indicators, continued from the department's previous years (history.ts) */
  indicators?: readonly PlannedIndicator[];
}

/** A score of the given band, with 0, 1 or 2 decimals as printed. */
function drawScore(rnd: Random): { printed: string; value: number } {
  const v = Math.max(52, Math.min(100, rnd.normal(92.5, 4.5)));
  const dp = rnd.weighted([[2, 5], [1, 3], [0, 2]] as const);
  const printed = v >= 100 ? '100' : v.toFixed(dp);
  return { printed, value: Number(printed) };
}

/** How each grade is printed (normaliseGrade in src/lib/data/grade.ts reads every form back). */
const GRADE_FORMS: Record<Grade, readonly string[]> = { 优: ['优秀', '优'], 良: ['良好', '良'], 中: ['中', '合格'], 差: ['差', '不合格'] };

/**
 * Writes one report. The stream of random draws is the plan's own (seeded by department,
 * year and kind), so a report does not change when the corpus around it does.
 */
export function synthReport(plan: ReportPlan): SynthReport {
  const rnd = new Random(plan.seed);
  const { department: d, year, kind } = plan;
  const id = `${d.id}-${year}-${kind}`;
  const commas = rnd.chance(0.4);
  const money = (c: number) => formatCents(c, commas);
  const sp = rnd.chance(0.7) ? ' ' : '';
  const text = new Text();
  const figures: RecordJson['figures'] = {};
  const notes: string[] = [];
  const indicators: IndicatorCells[] = [];
  const budgetLines: BudgetLineCells[] = [];

  // ── Title ───────────────────────────────────────────────────────────────────────────
  const titleForm = rnd.weighted([['same', 93], ['next', 3], ['none', 4]] as const);
  const titleYear = titleForm === 'same' ? year : titleForm === 'next' ? year + 1 : null;
  const what = kind === 'project' ? `${plan.project}项目支出绩效自评报告` : '部门整体支出绩效自评报告';
  const title = titleForm === 'same' ? `${d.name_zh}${sp}${year}${sp}年度${what}` : titleForm === 'next' ? `${d.short_name_zh}关于${sp}${year + 1}${sp}年${what}` : what;
  text.add(SYNTHETIC_MARK);
  text.add(title);
  text.blank();
  text.add(`部门名称：${d.name_zh}`);
  let filedOn: string | null = null;
  if (rnd.chance(0.35)) {
    const m = rnd.int(3, 6);
    const day = rnd.int(1, 28);
    filedOn = `${year + 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    text.add(`填报日期：${year + 1}年${m}月${day}日`);
  }
  if (titleForm === 'next') notes.push(`标题写作 ${year + 1} 年，正文所列为 ${year} 年度的预算执行情况。`);
  text.blank();

  // ── Who they are ────────────────────────────────────────────────────────────────────
  const duties: QuotedJson[] = [];
  const tasks: RecordJson['tasks'] = [];
  if (kind === 'department') {
    text.add('一、部门基本情况');
    text.add('（一）部门职能');
    const list = rnd.sample(DUTIES, rnd.int(3, 9));
    list.forEach((duty, i) => {
      const line = text.add(`（${numeral(i)}）${duty}。`);
      duties.push({ text: `${duty}。`, quote: line });
    });
    let section = 1;
    if (rnd.chance(0.3)) {
      text.add(`（${numeral(section++)}）人员情况`);
      const authorized = rnd.int(8, d.level === 'city' ? 80 : 40);
      const actual = Math.max(1, authorized - rnd.int(0, Math.ceil(authorized * 0.2)));
      const retired = rnd.int(0, 15);
      const line = text.add(`本单位编制 ${authorized} 人，实有在职人员 ${actual} 人，退休人员 ${retired} 人。`);
      figures.staff_authorized = { printed: String(authorized), quote: line };
      figures.staff_actual = { printed: String(actual), quote: line };
      figures.staff_retired = { printed: String(retired), quote: line };
    }
    text.add(`（${numeral(section)}）年度总体工作和重点工作任务`);
    for (const s of rnd.sample(WORK_SENTENCES, rnd.int(3, 10))) text.add(s);
    const results = rnd.sample(RESULT_SENTENCES, rnd.int(2, 5)).map((f) => f(rnd.int(3, 200), rnd.int(5, 900)));
    text.add(`全年主要工作成效：${results.join('')}`);
    if (rnd.chance(0.5)) {
      rnd.sample(TASKS, rnd.int(2, 4)).forEach((task, i) => {
        const funds = rnd.chance(0.6) ? Math.round(rnd.logNormal(12000, 0.9)) : null;
        const outcome = task.outcome(rnd.int(3, 150));
        const line = text.add(`${numeral(i)}是${task.name}方面，${funds !== null ? `安排资金 ${money(funds)} 万元，` : ''}${outcome}`);
        tasks.push({ name: task.name, funds: funds !== null ? { printed: money(funds), quote: line } : null, goal: null, outcome, quote: line });
      });
    }
  } else {
    text.add('一、项目基本情况');
    text.add(`${plan.project}由${d.name_zh}负责实施，主要用于开展招商引资和投资促进相关工作。`);
    for (const s of rnd.sample(WORK_SENTENCES, rnd.int(3, 8))) text.add(s);
  }
  text.blank();

  // ── Money ───────────────────────────────────────────────────────────────────────────
  text.add(kind === 'department' ? '二、部门预算执行情况' : '二、项目资金使用情况');
  const median = kind === 'project' ? 15000 : d.level === 'city' ? 250000 : 80000;
  const initial = Math.max(500, Math.round(rnd.logNormal(median, 0.9)));
  const adjusted = rnd.chance(0.85);
  const adjustment = adjusted ? Math.round(initial * rnd.uniform(-0.25, 0.35)) || 100 : 0;
  const final = initial + adjustment;
  const execution = Math.max(0.45, Math.min(1, 1 - Math.abs(rnd.normal(0, 0.07))));
  const spent = Math.round(final * execution);
  const budgetForm = rnd.weighted([['full', 75], ['final', 17], ['none', 5], ['nospent', 3]] as const);
  if (budgetForm === 'full' && adjustment === 0) {
    const line = text.add(`年初预算 ${money(initial)} 万元，年内未作调整，调整后预算 ${money(final)} 万元。`);
    figures.budget_initial_wan = { printed: money(initial), quote: line };
    figures.budget_final_wan = { printed: money(final), quote: line };
  } else if (budgetForm === 'full') {
    const dir = adjustment >= 0 ? '调增' : '调减';
    const rateAdj = rateHundredths(Math.abs(adjustment), initial);
    const withRate = rnd.chance(0.5);
    const line = text.add(
      `年初预算 ${money(initial)} 万元，年中预算${dir} ${money(Math.abs(adjustment))} 万元，调整后预算 ${money(final)} 万元${withRate ? `，预算调整率 ${formatHundredths(rateAdj)}%` : ''}。`,
    );
    figures.budget_initial_wan = { printed: money(initial), quote: line };
    figures.budget_adjustment_wan = { printed: money(Math.abs(adjustment)), quote: line, ...(adjustment < 0 ? { negative: true as const } : {}) };
    figures.budget_final_wan = { printed: money(final), quote: line };
    if (withRate) figures.budget_adjustment_rate_pct = { printed: `${formatHundredths(rateAdj)}%`, quote: line };
  } else if (budgetForm === 'final') {
    const line = text.add(`全年预算数 ${money(final)} 万元。`);
    figures.budget_final_wan = { printed: money(final), quote: line };
    notes.push('报告未印出年初预算数和年中调整数，只有全年预算数。');
  } else {
    notes.push('报告未印出预算数，执行率无法核对。');
  }
  if (budgetForm !== 'nospent') {
    const rateForm = budgetForm === 'none' ? 'none' : rnd.weighted([['printed', 82], ['none', 15], ['truncated', 2], ['fullwidth', 1]] as const);
    const h = rateForm === 'truncated' ? rateHundredthsTruncated(spent, final) : rateHundredths(spent, final);
    const printedRate = rateForm === 'fullwidth' ? `${fullWidthDigits(formatHundredths(h))}%` : `${formatHundredths(h)}%`;
    const line = text.add(rateForm === 'none' ? `全年实际支出 ${money(spent)} 万元。` : `全年实际支出 ${money(spent)} 万元，预算执行率 ${printedRate}。`);
    figures.spent_wan = { printed: money(spent), quote: line };
    if (rateForm !== 'none') figures.execution_rate_pct = { printed: printedRate, quote: line };
  } else {
    notes.push('报告未印出实际支出数。');
  }
  if (kind === 'department' && budgetForm !== 'nospent' && rnd.chance(0.7)) {
    const basic = Math.round(spent * rnd.uniform(0.2, 0.7));
    const line = text.add(`按支出性质分，基本支出 ${money(basic)} 万元，项目支出 ${money(spent - basic)} 万元。`);
    figures.basic_spent_wan = { printed: money(basic), quote: line };
    figures.project_spent_wan = { printed: money(spent - basic), quote: line };
    if (rnd.chance(0.5)) {
      const personnel = Math.round(basic * rnd.uniform(0.75, 0.95));
      const l2 = text.add(`基本支出中，人员支出 ${money(personnel)} 万元，公用支出 ${money(basic - personnel)} 万元。`);
      figures.personnel_spent_wan = { printed: money(personnel), quote: l2 };
      figures.public_spent_wan = { printed: money(basic - personnel), quote: l2 };
    }
  }
  if (kind === 'department' && rnd.chance(0.3)) {
    const total = Math.round(final * rnd.uniform(0.95, 1.05));
    const fiscal = Math.round(total * rnd.uniform(0.9, 1));
    const line = text.add(`全年收入总额 ${money(total)} 万元，其中财政拨款收入 ${money(fiscal)} 万元，其他收入 ${money(total - fiscal)} 万元。`);
    figures.income_total_wan = { printed: money(total), quote: line };
    figures.income_fiscal_wan = { printed: money(fiscal), quote: line };
    figures.income_other_wan = { printed: money(total - fiscal), quote: line };
  }
  if (kind === 'department' && rnd.chance(0.2)) {
    const pb = Math.max(100, Math.round(final * rnd.uniform(0.02, 0.15)));
    const ps = Math.round(pb * rnd.uniform(0.7, 1));
    const line = text.add(`政府采购预算 ${money(pb)} 万元，实际采购金额 ${money(ps)} 万元，政府采购执行率 ${formatHundredths(rateHundredths(ps, pb))}%。`);
    figures.procurement_budget_wan = { printed: money(pb), quote: line };
    figures.procurement_spent_wan = { printed: money(ps), quote: line };
    figures.procurement_rate_pct = { printed: `${formatHundredths(rateHundredths(ps, pb))}%`, quote: line };
  }

  // Budget lines: the projects inside a department's budget, or a project's sub-budgets.
  if (rnd.chance(kind === 'department' ? 0.5 : 0.4)) {
    const names = rnd.sample(kind === 'department' ? ['招商引资经费', '产业扶持资金', '投资促进活动经费', '驻外招商工作经费', '招商宣传推介经费', '招商信息化建设经费'] : ['活动组织费', '宣传推介费', '咨询服务费', '差旅及接待费'], rnd.int(1, 4));
    text.add(kind === 'department' ? '主要项目预算执行情况如下：' : '项目资金明细如下：');
    names.forEach((name, i) => {
      const li = Math.max(300, Math.round(rnd.logNormal(median / 4, 1)));
      const form = rnd.weighted([['full', 70], ['final', 22], ['budget-only', 8]] as const);
      if (form === 'budget-only') {
        const line = text.add(`${i + 1}.${name}。该项目年初预算资金 ${money(li)} 万元。`);
        budgetLines.push(budgetLine({ name, initial_wan: money(li), quote: line }));
        return;
      }
      const la = form === 'full' ? Math.round(li * rnd.uniform(-0.5, 0.8)) || 100 : 0;
      const lf = li + la;
      const ls = Math.round(lf * Math.max(0.3, Math.min(1, 1 - Math.abs(rnd.normal(0, 0.12)))));
      const lr = formatHundredths(rateHundredths(ls, lf));
      if (form === 'full') {
        const ar = formatHundredths(rateHundredths(Math.abs(la), li));
        // A cut too small to show in hundredths prints as 0.00%, never -0.00% (the data gate refuses -0).
        const arSign = la < 0 && rateHundredths(Math.abs(la), li) !== 0 ? '-' : '';
        const line = text.add(
          `${i + 1}.${name}。该项目年初预算数 ${money(li)} 万元，年中${la >= 0 ? '调增' : '调减'} ${money(Math.abs(la))} 万元，全年预算数为 ${money(lf)} 万元，预算调整率${arSign}${ar}%；全年执行数为 ${money(ls)} 万元，完成预算的 ${lr}%。`,
        );
        budgetLines.push(budgetLine({ name, initial_wan: money(li), adjustment_wan: `${la < 0 ? '-' : ''}${money(Math.abs(la))}`, final_wan: money(lf), spent_wan: money(ls), execution_rate_pct: `${lr}%`, adjustment_rate_pct: `${arSign}${ar}%`, quote: line }));
      } else {
        const line = text.add(`${i + 1}.${name}。该项目全年预算数为 ${money(lf)} 万元，全年执行数为 ${money(ls)} 万元，完成预算的 ${lr}%。`);
        budgetLines.push(budgetLine({ name, final_wan: money(lf), spent_wan: money(ls), execution_rate_pct: `${lr}%`, quote: line }));
      }
    });
  }
  if (kind === 'department' && rnd.chance(0.2)) {
    const n = rnd.int(1, 8);
    const w = Math.round(rnd.logNormal(median / 3, 0.8));
    const line = text.add(`本年度对 ${n} 个项目开展绩效自评，涉及资金 ${money(w)} 万元。`);
    figures.evaluated_projects_count = { printed: String(n), quote: line };
    figures.evaluated_projects_wan = { printed: money(w), quote: line };
  }
  text.blank();

  // ── Indicators ──────────────────────────────────────────────────────────────────────
  text.add('三、绩效指标完成情况');
  const scoring = rnd.chance(kind === 'project' ? 0.3 : 0.05);
  const table = indicatorTable(rnd, text, tasks.map((t) => t.name), plan.indicators);
  indicators.push(...table.cells);
  Object.assign(figures, table.figures);
  if (!table.hasTable) notes.push('报告没有列出绩效指标表，故指标文件为空。');
  const illegibleRows = table.illegibleRows;
  if (illegibleRows.length > 0) notes.push(`指标表第 ${illegibleRows.join('、')} 行三级指标名称无法辨认，照录，不作达标判断。`);
  text.blank();

  // ── Score and grade ─────────────────────────────────────────────────────────────────
  text.add('四、自评结论');
  const scoreForm = scoring ? 'both' : rnd.weighted([['both', 79], ['grade', 10], ['score', 8], ['neither', 3]] as const);
  const score = drawScore(rnd);
  const band = gradeForScore(score.printed);
  // Half a percent of reports print a grade outside their score's band (a real inconsistency).
  const grade = scoreForm === 'both' && rnd.chance(0.005) ? (band === '优' ? '良' : '优') : band;
  const gradePrinted = rnd.pick(GRADE_FORMS[grade]);
  if (scoreForm === 'both') {
    const line = text.add(`经综合评分，自评得分 ${score.printed} 分，评价等级为“${gradePrinted}”。`);
    figures.self_score = { printed: score.printed, quote: line };
    figures.grade = { printed: gradePrinted, quote: line };
  } else if (scoreForm === 'grade') {
    const line = text.add(`经综合评价，自评等级为“${gradePrinted}”。`);
    figures.grade = { printed: gradePrinted, quote: line };
    notes.push('报告只印出自评等级，没有印出自评得分。');
  } else if (scoreForm === 'score') {
    const line = text.add(`经综合评分，自评得分 ${score.printed} 分。`);
    figures.self_score = { printed: score.printed, quote: line };
  } else {
    text.add('自评结论详见附表。');
    notes.push('报告没有印出自评得分和等级。');
  }
  if (scoring) indicators.push(...scoringTable(rnd, text, score.value));
  text.blank();

  // ── Problems and measures ───────────────────────────────────────────────────────────
  text.add('五、存在的问题');
  const problems = rnd.sample(PROBLEMS, rnd.int(1, 3)).map((p, i) => ({ text: p, quote: text.add(`${numeral(i)}是${p}`) }));
  text.add('六、改进措施');
  const measures = rnd.sample(MEASURES, rnd.int(1, 3)).map((p, i) => ({ text: p, quote: text.add(`${numeral(i)}是${p}`) }));
  text.add('七、其他需要说明的情况');
  for (const s of rnd.sample(WORK_SENTENCES, rnd.int(2, 6))) text.add(s);
  text.add('本报告依据部门年度决算、项目资料和绩效监控情况编制，相关数据以财政部门批复的决算数为准。');

  return {
    source: { id, file: `${id}.txt`, title, department_id: d.id, fiscal_year: String(year), title_year: titleYear === null ? '' : String(titleYear), kind, filed_on: filedOn ?? '', original_url: '', retrieved_on: '' },
    text: text.toString(),
    record: { id, project_name: plan.project, figures, tasks, duties, problems, measures, notes },
    indicators,
    budgetLines,
  };
}

/** A budget line with the cells the report leaves empty written as empty cells. */
function budgetLine(cells: Pick<BudgetLineCells, 'name' | 'quote'> & Partial<BudgetLineCells>): BudgetLineCells {
  return { kind: 'project', initial_wan: '', adjustment_wan: '', final_wan: '', spent_wan: '', funds_wan: '', execution_rate_pct: '', adjustment_rate_pct: '', score: '', ...cells };
}
