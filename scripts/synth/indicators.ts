/**
 * The indicator table of a synthetic report (and its scoring table): rows in the printed forms
 * the real reports use, with what the data build will decide about each row worked out the
 * same way, so the narrative's counts agree with the table.
 */
import { Random } from './random.ts';
import { formatHundredths } from './money.ts';
import { INDICATORS, MISS_REASONS, OCR_NOISE, WORD_TARGETS, type IndicatorShape } from './phrases.ts';
import { numeral, type Text } from './text.ts';
import type { IndicatorCells, RecordJson } from './report.ts';
import { firstTarget, resultFor, type PlannedIndicator } from './history.ts';

/** A garbled copy of a cell, as OCR leaves a damaged table (kept as printed, never read). */
function garble(rnd: Random, s: string): string {
  const chars = [...s].map((c) => (rnd.chance(0.45) ? rnd.pick(OCR_NOISE) : c));
  const at = rnd.int(1, Math.max(1, chars.length - 1));
  chars.splice(at, 0, ' ');
  return `${chars.join('')}${rnd.chance(0.5) ? ')' : ''}`;
}

interface IndicatorDraw {
  target: string;
  actual: string;
  targetQuantity: string;
  actualQuantity: string;
  met: boolean;
}

/** 125 tenths → "12.5", 120 → "12". */
const tenths = (v: number) => `${Math.floor(v / 10)}${v % 10 ? `.${v % 10}` : ''}`;

/**
 * Target and result of one indicator (values in tenths, history.ts), in one of the printed
 * forms the reports use.
 */
function printIndicator(rnd: Random, shape: IndicatorShape, unit: string, name: string, target: number, actual: number, met: boolean): IndicatorDraw {
  const sp = rnd.chance(0.5) ? ' ' : '';
  const t = tenths(target);
  switch (shape) {
    case 'count': {
      const form = rnd.weighted([['ge', 5], ['above', 2], ['plain', 3]] as const);
      const printed = form === 'ge' ? `≥${t}${sp}${unit}` : form === 'above' ? `${t}${unit}以上` : `${t}${sp}${unit}`;
      const result = `${tenths(actual)}${sp}${unit}`;
      return { target: printed, actual: result, targetQuantity: printed, actualQuantity: result, met };
    }
    case 'percent': {
      const form = rnd.weighted([['ge', 4], ['above', 2], ['floor', 2], ['plain', 3]] as const);
      const printed = form === 'ge' ? `≥${t}%` : form === 'above' ? `${t}%以上` : form === 'floor' ? `不低于${t}%` : `${t}%`;
      const result = `${tenths(actual)}%`;
      return { target: printed, actual: result, targetQuantity: printed, actualQuantity: result, met };
    }
    case 'amount': {
      const printed = rnd.chance(0.6) ? `≥${t}${sp}${unit}` : `${t}${sp}${unit}`;
      const result = `${tenths(actual)}${sp}${unit}`;
      return { target: printed, actual: result, targetQuantity: printed, actualQuantity: result, met };
    }
    case 'days': {
      const printed = rnd.chance(0.6) ? `≤${t}${sp}${unit}` : `${t}${unit}以内`;
      const result = `${tenths(actual)}${sp}${unit}`;
      return { target: printed, actual: result, targetQuantity: printed, actualQuantity: result, met };
    }
    case 'words': {
      const printed = WORD_TARGETS[name] ?? '达到预期';
      return { target: printed, actual: met ? printed : '部分实现', targetQuantity: '', actualQuantity: '', met };
    }
  }
}

const SCORING_ROWS = [
  ['决策', '项目立项', '立项依据充分性'], ['决策', '绩效目标', '绩效目标合理性'], ['决策', '资金投入', '预算编制科学性'],
  ['过程', '资金管理', '资金到位率'], ['过程', '资金管理', '预算执行率'], ['过程', '资金管理', '资金使用合规性'],
  ['过程', '组织实施', '管理制度健全性'], ['产出', '产出数量', '实际完成率'], ['产出', '产出质量', '质量达标率'],
  ['产出', '产出时效', '完成及时性'], ['效益', '项目效益', '实施效益'], ['效益', '满意度', '服务对象满意度'],
] as const;

/**
 * Writes the indicator table (in 92 % of reports): 3 to 30 rows, in a table with or without a
 * 是否达成 column or as narrative, a few OCR-damaged; often explained in prose and counted in
 * a sentence. Returns the CSV rows and the figures the counting sentence states.
 */
export function indicatorTable(rnd: Random, text: Text, tasks: readonly string[], planned?: readonly PlannedIndicator[]): { cells: IndicatorCells[]; figures: RecordJson['figures']; illegibleRows: number[]; hasTable: boolean } {
  const hasTable = rnd.chance(0.92);
  const cells: IndicatorCells[] = [];
  const figures: RecordJson['figures'] = {};
  const illegibleShare = rnd.chance(0.06) ? 0.15 : 0;
  const illegibleRows: number[] = [];
  if (hasTable) {
    // A department's own indicators, continued from year to year (history.ts); a project's drawn here.
    const plan = planned ?? drawPlan(rnd);
    const count = plan.length;
    const form = rnd.weighted([['table', 55], ['table-nomet', 20], ['narrative', 25]] as const);
    const taskNames = form === 'narrative' ? tasks : [];
    const statedLine = rnd.chance(0.4);
    const rows: { cells: IndicatorCells; met: boolean | null }[] = [];
    if (form !== 'narrative') text.add('一级指标 二级指标 三级指标 年度指标值 实际完成值' + (form === 'table' ? ' 是否达成' : ' 未达成原因'));
    plan.forEach((p, i) => {
      const ind = INDICATORS[p.bank]!;
      const draw = printIndicator(rnd, ind.shape, ind.unit, ind.name, p.target, p.actual, p.met);
      const illegible = illegibleShare > 0 && rnd.chance(illegibleShare);
      const name = illegible ? garble(rnd, ind.name) : ind.name;
      const reason = !draw.met && rnd.chance(0.7) ? rnd.pick(MISS_REASONS) : '';
      let line: string;
      let stated: IndicatorCells['stated_met'] = '';
      if (form === 'narrative') {
        line = text.add(`${name}，目标值为“${draw.target}”，实际完成 ${draw.actual}，${draw.met ? '达到预期目标' : '未达到预期目标'}。${reason ? `原因是${reason}` : ''}`);
        stated = illegible ? '' : draw.met ? 'true' : 'false';
      } else if (form === 'table') {
        line = text.add(`${ind.level1} ${ind.level2} ${name} ${draw.target} ${draw.actual} ${draw.met ? '达成' : '未达成'}${reason ? ` ${reason}` : ''}`);
        stated = illegible ? '' : draw.met ? 'true' : 'false';
      } else {
        line = text.add(`${ind.level1} ${ind.level2} ${name} ${draw.target} ${draw.actual}${reason ? ` ${reason}` : ' /'}`);
        stated = reason && !illegible ? 'false' : '';
      }
      // What the build will decide: the stated word, else the quantities compared, else a
      // result that repeats its target word for word (which an illegible row may still do).
      const computed = !illegible && draw.targetQuantity ? draw.met : draw.target.replace(/\s+/gu, '') === draw.actual.replace(/\s+/gu, '') ? true : null;
      const met = stated !== '' ? stated === 'true' : computed;
      if (illegible) illegibleRows.push(i + 1);
      const task = taskNames.length > 0 ? taskNames[Math.min(taskNames.length - 1, Math.floor((i * taskNames.length) / count))]! : '';
      rows.push({
        met,
        cells: {
          task, level1: form === 'narrative' ? '' : ind.level1, level2: form === 'narrative' ? '' : ind.level2, name,
          target_text: draw.target, actual_text: draw.actual,
          target_quantity: illegible ? '' : draw.targetQuantity, actual_quantity: illegible ? '' : draw.actualQuantity,
          stated_met: stated, reason, weight: '', score: '', legible: illegible ? 'false' : 'true',
          note: illegible ? '三级指标名称OCR损坏，照录' : '', quote: line, target_quote: '',
        },
      });
    });
    // Most reports then explain the table in prose, a sentence per indicator.
    if (rnd.chance(0.7)) {
      text.add('绩效指标完成情况分析：');
      rows.forEach(({ cells, met }, i) => {
        const { name, target_text: target, actual_text: actual, reason } = cells;
        const verdict = met === true ? '已完成年度目标' : met === false ? `未完成年度目标${reason ? `，主要原因是${reason.replace(/。$/u, '')}` : ''}` : '完成情况无法根据原表判断';
        text.add(`${numeral(i)}是${name}：年初设定目标为${target || '定性目标'}，全年实际完成${actual || '情况见附表'}，${verdict}。`);
      });
    }
    const performanceRows = rows.length;
    const metRows = rows.filter((r) => r.met === true).length;
    const unassessed = rows.filter((r) => r.met === null).length;
    cells.push(...rows.map((r) => r.cells));
    if (statedLine) {
      const statedMet = metRows + (unassessed > 0 ? rnd.int(0, unassessed) : 0);
      const line = text.add(`本年度共设置绩效指标 ${performanceRows} 个，其中 ${statedMet} 个达到预期目标。`);
      figures.indicators_stated_total = { printed: String(performanceRows), quote: line };
      figures.indicators_stated_met = { printed: String(statedMet), quote: line };
    }
  } else {
    text.add('各项绩效指标基本完成，具体指标完成情况略。');
  }
  return { cells, figures, illegibleRows, hasTable };
}

/** Indicators of a report outside a department's history (a project report): drawn from the report's own stream. */
function drawPlan(rnd: Random): PlannedIndicator[] {
  const count = Math.max(3, Math.min(INDICATORS.length, Math.round(rnd.logNormal(12, 0.45))));
  return rnd.sample(INDICATORS.map((_, i) => i), count).map((bank) => {
    const ind = INDICATORS[bank]!;
    const met = rnd.chance(0.88);
    const target = firstTarget(rnd, ind.shape, ind.lo, ind.hi);
    return { bank, target, actual: resultFor(rnd, ind.shape, target, met), met };
  });
}

/** A scoring table whose weights total 100 and whose points total the self score. */
export function scoringTable(rnd: Random, text: Text, score: number): IndicatorCells[] {
  const cells: IndicatorCells[] = [];
  const rows = rnd.sample(SCORING_ROWS, rnd.int(6, 10));
  const weights = rows.map(() => 1);
  for (let left = 100 - rows.length; left > 0; left--) weights[rnd.int(0, rows.length - 1)]! += 1;
  let deficit = Math.round((100 - score) * 100); // hundredths of a point
  const points = weights.map((w) => w * 100);
  for (let guard = 0; deficit > 0 && guard < 10000; guard++) {
    const i = rnd.int(0, rows.length - 1);
    const take = Math.min(deficit, points[i]!, rnd.chance(0.5) ? 50 : deficit % 50 || 50);
    points[i]! -= take;
    deficit -= take;
  }
  text.add('评分表：一级指标 二级指标 三级指标 分值 得分');
  rows.forEach(([l1, l2, name], i) => {
    const w = String(weights[i]);
    const p = formatHundredths(points[i]!).replace(/\.00$/u, '').replace(/(\.\d)0$/u, '$1');
    const line = text.add(`${l1} ${l2} ${name} ${w} ${p}`);
    cells.push({
      task: '', level1: l1, level2: l2, name, target_text: '', actual_text: '', target_quantity: '', actual_quantity: '',
      stated_met: '', reason: '', weight: w, score: p, legible: 'true', note: '', quote: line, target_quote: '',
    });
  });
  return cells;
}
