/**
 * The Frictionless Data Package describing the open-data tables: one Table Schema per table,
 * generated from the same column list that writes the CSV (tables.ts), so headers and schema
 * cannot drift apart. Column descriptions here are also what the /data/ page shows.
 */
import { TABLES, TABLE_NAMES, type TableName } from './tables.ts';
import { GRADES } from './grade.ts';
import { SIGNAL_IDS, SIGNAL_LEVELS } from '../signals/rules.ts';

interface ColumnDoc {
  zh: string;
  en: string;
  required?: boolean;
  enum?: readonly string[];
  unit?: string;
}

const WAN = '10,000 CNY, exact as printed';
const PCT = 'percent';

export const COLUMN_DOCS: Record<TableName, Record<string, ColumnDoc>> = {
  departments: {
    id: { zh: '部门标识（网址中使用）', en: 'Department id (used in URLs)', required: true },
    name_zh: { zh: '官方中文名称', en: 'Official Chinese name', required: true },
    name_en: { zh: '英文名称', en: 'English name', required: true },
    short_name_zh: { zh: '中文简称', en: 'Chinese short name', required: true },
    admin_code: { zh: '行政区划代码（GB/T 2260）', en: 'Administrative division code (GB/T 2260)', required: true },
    level: { zh: '层级：区县或地级市', en: 'Level: district or prefecture-level city', required: true, enum: ['district', 'city'] },
    city_zh: { zh: '所在城市', en: 'City', required: true },
    city_en: { zh: '所在城市（英文）', en: 'City in English; empty where there is none yet' },
    province_zh: { zh: '所在省份', en: 'Province', required: true },
    province_en: { zh: '所在省份（英文）', en: 'Province in English; empty where there is none yet' },
  },
  reports: {
    id: { zh: '报告标识', en: 'Report id', required: true },
    department_id: { zh: '部门标识', en: 'Department id', required: true },
    fiscal_year: { zh: '数据所属财政年度', en: 'Fiscal year the figures cover', required: true },
    title_year: { zh: '标题所写年度（可能与财政年度不同；标题未写年度时为空）', en: 'Year the printed title names (may differ from the fiscal year; empty when the title names none)' },
    kind: { zh: '报告类型：部门整体支出或项目支出', en: 'Report kind: department-wide or a single project', required: true, enum: ['department', 'project'] },
    project_name: { zh: '项目名称（项目支出报告）', en: 'Project name (project reports)' },
    project_name_en: { zh: '项目名称的英文译文（本项目的非官方译文；尚未翻译时为空）', en: 'Project name in English (the project’s unofficial translation; empty where there is none yet)' },
    title: { zh: '报告标题（按原文，空白已规范）', en: 'Title as printed (whitespace normalised)', required: true },
    title_en: { zh: '报告标题的英文译文（本项目的非官方译文；尚未翻译时为空）', en: 'Title in English (the project’s unofficial translation; empty where there is none yet)' },
    filed_on: { zh: '填报日期（原文载明时）', en: 'Filing date, where printed' },
    budget_initial_wan: { zh: '年初预算', en: 'Initial budget', unit: WAN },
    budget_adjustment_wan: { zh: '年中预算调整（调减为负）', en: 'Mid-year adjustment (negative = cut)', unit: WAN },
    budget_final_wan: { zh: '调整后预算（全年预算数）', en: 'Final (adjusted) budget', unit: WAN },
    spent_wan: { zh: '实际支出（执行数）', en: 'Actual spending', unit: WAN },
    execution_rate_pct: { zh: '预算执行率（原文所载）', en: 'Budget execution rate as reported', unit: PCT },
    execution_rate_computed_pct: { zh: '预算执行率（按支出÷调整后预算计算，四舍五入两位）', en: 'Execution rate computed as spent ÷ final budget, rounded half-up to 2 decimals', unit: PCT },
    basic_spent_wan: { zh: '基本支出', en: 'Basic (operating) spending', unit: WAN },
    project_spent_wan: { zh: '项目支出', en: 'Project spending', unit: WAN },
    self_score: { zh: '自评得分', en: 'Self-evaluation score (points)' },
    grade: { zh: '自评等级（规范化）', en: 'Self-evaluation grade, normalised', enum: GRADES },
    grade_as_printed: { zh: '自评等级（原文写法）', en: 'Grade as printed (the report’s own word, such as “excellent” written in full)' },
    indicator_count: { zh: '绩效指标数（不含评分表项目）', en: 'Performance indicators listed (scoring-table items excluded)', required: true },
    indicators_met: { zh: '达成的指标数', en: 'Indicators met', required: true },
    indicators_not_met: { zh: '未达成的指标数', en: 'Indicators not met', required: true },
    indicators_not_assessed: { zh: '无法评定的指标数（未说明结果、结果无法辨认、没有目标，或目标与结果无法比较）', en: 'Indicators not assessed (no result stated, result illegible, no target, or target and result not comparable)', required: true },
    indicators_stated_total: { zh: '报告正文所称的指标总数（未称时为空）', en: 'Number of indicators the report’s text states (empty when it states none)' },
    indicators_stated_met: { zh: '报告正文所称的达成指标数（未称时为空）', en: 'Number of indicators met the report’s text states (empty when it states none)' },
    source_file: { zh: '原文文件（/data/sources/ 下）', en: 'Source text file (under /data/sources/)', required: true },
    original_url: { zh: '原始文件的发布网址（已知时）', en: 'Address where the original document was published, when known' },
    retrieved_on: { zh: '自原始网址获取的日期（已知时）', en: 'Date the original was retrieved, when known' },
  },
  indicators: {
    report_id: { zh: '报告标识', en: 'Report id', required: true },
    task: { zh: '所属任务或目标', en: 'Task or goal the indicator belongs to' },
    task_en: { zh: '所属任务的英文译文', en: 'Task in English (the project’s unofficial translation; empty where there is none yet)' },
    level1: { zh: '一级指标（原文写法，可能有识别错误）', en: 'Level-1 category as printed (may be OCR-damaged)' },
    level1_en: { zh: '一级指标的英文（术语表或译文）', en: 'Level-1 category in English (glossary or translation)' },
    level2: { zh: '二级指标（原文写法）', en: 'Level-2 category as printed' },
    level2_en: { zh: '二级指标的英文（术语表或译文）', en: 'Level-2 category in English (glossary or translation)' },
    name: { zh: '指标名称（三级指标，原文写法）', en: 'Indicator name as printed', required: true },
    name_en: { zh: '指标名称的英文译文', en: 'Indicator name in English (the project’s unofficial translation; empty where there is none yet)' },
    target_text: { zh: '目标值（原文）', en: 'Target as printed' },
    target_text_en: { zh: '目标值的英文译文（数字与原文相同）', en: 'Target in English (its numbers are the original’s)' },
    actual_text: { zh: '实际完成值（原文）', en: 'Result as printed' },
    actual_text_en: { zh: '实际完成值的英文译文（数字与原文相同）', en: 'Result in English (its numbers are the original’s)' },
    target_value: { zh: '目标数值', en: 'Target number' },
    actual_value: { zh: '实际数值', en: 'Result number' },
    unit: { zh: '目标数值后所印单位', en: 'Unit printed after the target’s number' },
    actual_unit: { zh: '实际数值后所印单位', en: 'Unit printed after the result’s number' },
    unit_legible: { zh: '单位是否可辨认（false 表示识别损坏，照录原文，数值仍参与评定）', en: 'Units legible (false = a unit is OCR-damaged, kept as printed; the numbers are still assessed)', required: true },
    unit_en: { zh: '目标单位的英文（术语表）', en: 'Target unit in English (glossary)' },
    comparator: { zh: '目标的比较方式（>=, <=, >, <, =）', en: 'How the target compares (>=, <=, >, <, =)', enum: ['>=', '<=', '>', '<', '='] },
    met: { zh: '是否达标：报告所述，否则按数值计算；空为无法评定', en: 'Met: as the report states, else computed; empty = not assessed' },
    status: { zh: '评定结果：达成、未达成或未评定，依次记为下列代码（评分表项目为空）', en: 'Status: met, not_met or not_assessed (empty for scoring-table items)', enum: ['met', 'not_met', 'not_assessed'] },
    not_assessed_reason: { zh: '未评定的原因：未说明结果、结果无法辨认、没有目标、目标与结果无法比较，依次记为下列代码', en: 'Why not assessed: no_result, result_illegible, no_target, not_comparable', enum: ['no_result', 'result_illegible', 'no_target', 'not_comparable'] },
    reason: { zh: '未达标原因（原文）', en: 'Stated reason for a miss' },
    reason_en: { zh: '未达标原因的英文译文', en: 'Reason in English (the project’s unofficial translation; empty where there is none yet)' },
    weight: { zh: '评分表分值', en: 'Scoring table: points available' },
    score: { zh: '评分表得分', en: 'Scoring table: points scored' },
    legible: { zh: '原文是否可辨认（否：识别损坏，原文照录）', en: 'Legible in the source (false = OCR-garbled, kept as printed)', required: true },
  },
  'budget-lines': {
    report_id: { zh: '报告标识', en: 'Report id', required: true },
    name: { zh: '项目、子预算或任务名称', en: 'Project, sub-budget or task name', required: true },
    name_en: { zh: '名称的英文译文', en: 'Name in English (the project’s unofficial translation; empty where there is none yet)' },
    kind: { zh: '类型：项目或子预算，或报告的主要任务', en: 'Kind: project (a project or sub-budget) or task (a main task of the report)', required: true, enum: ['project', 'task'] },
    initial_wan: { zh: '年初预算', en: 'Initial budget', unit: WAN },
    adjustment_wan: { zh: '年中调整（调减为负）', en: 'Mid-year adjustment (negative = cut)', unit: WAN },
    final_wan: { zh: '调整后预算', en: 'Final budget', unit: WAN },
    spent_wan: { zh: '实际支出', en: 'Spending', unit: WAN },
    funds_wan: { zh: '任务涉及资金（原文未说明是预算还是支出）', en: 'Funds a task involves (the report says neither budget nor spending)', unit: WAN },
    execution_rate_pct: { zh: '执行率（原文所载）', en: 'Execution rate as reported', unit: PCT },
    score: { zh: '项目自评得分', en: 'Project self-evaluation score' },
  },
  outcomes: {
    report_id: { zh: '报告标识', en: 'Report id', required: true },
    name: { zh: '结果所涉事项（原文用语）', en: 'What was counted or measured, in the report’s words', required: true },
    name_en: { zh: '所涉事项的英文译文', en: 'What was counted, in English (the project’s unofficial translation; empty where there is none yet)' },
    target_text: { zh: '目标（原文）', en: 'Target as printed' },
    target_text_en: { zh: '目标的英文译文（数字与原文相同）', en: 'Target in English (its numbers are the original’s)' },
    actual_text: { zh: '结果（原文）', en: 'Result as printed' },
    actual_text_en: { zh: '结果的英文译文（数字与原文相同）', en: 'Result in English (its numbers are the original’s)' },
    target_value: { zh: '目标数值', en: 'Target number' },
    actual_value: { zh: '结果数值', en: 'Result number' },
    unit: { zh: '单位', en: 'Unit' },
    unit_en: { zh: '单位的英文（术语表）', en: 'Unit in English (glossary)' },
    quote: { zh: '载明结果（无结果时为目标）的原文引文', en: 'Quote holding the result (or, without one, the target)', required: true },
    line: { zh: '该引文起始行', en: 'Line that quote starts on', required: true },
    target_quote: { zh: '载明目标的原文引文', en: 'Quote holding the target' },
    target_line: { zh: '目标引文起始行', en: 'Line the target quote starts on' },
  },
  signals: {
    report_id: { zh: '报告标识', en: 'Report id', required: true },
    signal: { zh: '提示规则（规则说明见 /about/）', en: 'The rule (explained on /about/)', required: true, enum: SIGNAL_IDS },
    level: { zh: '程度：提示、明显、较大，依次记为下列代码', en: 'Level: info, notable or large', required: true, enum: SIGNAL_LEVELS },
    value: { zh: '所测的量：项数、执行率或比例（%）、得分', en: 'What was measured: a count, a rate or share (percent), a score', required: true },
    threshold: { zh: '所用阈值（表达式）', en: 'The threshold it was held against, as an expression', required: true },
    text_zh: { zh: '中文说明', en: 'The signal in Chinese', required: true },
    text_en: { zh: '英文说明', en: 'The signal in English', required: true },
    lines: { zh: '所依据的原文行号（以空格分隔）', en: 'Source lines it rests on, separated by spaces', required: true },
  },
  provenance: {
    report_id: { zh: '报告标识', en: 'Report id', required: true },
    field: { zh: '字段', en: 'Field the value fills', required: true },
    value: { zh: '规范化后的值', en: 'Normalised value', required: true },
    quote: { zh: '原文引文（与原文仅空白不同）', en: 'Quote from the source (identical but for whitespace)', required: true },
    source_file: { zh: '原文文件', en: 'Source file', required: true },
    line: { zh: '引文起始行（从 1 起）', en: 'Line the quote starts on (1-based)', required: true },
  },
  corrections: {
    report_id: { zh: '报告标识', en: 'Report id', required: true },
    date: { zh: '更正日期（提交日期，UTC）', en: 'Date of the correction (the commit’s date, UTC)', required: true },
    commit: { zh: '数据仓库中的提交标识', en: 'The commit in the data’s git history', required: true },
    file: { zh: '所在文件：记录、指标表、预算明细表或原文登记表，依次记为下列代码', en: 'The file: the record, its indicators or budget-lines table, or the sources register', required: true, enum: ['record', 'indicators', 'budget-lines', 'sources'] },
    field: { zh: '字段（记录中的路径，或“表.列”）', en: 'The field: its path in the record, or the table and column of a table cell', required: true },
    row: { zh: '所在行或列表项的名称', en: 'The row or list item the field belongs to, by its name' },
    kind: { zh: '更正类型：数值或文字、原文引文或行号、英文译文、整行删除，依次记为下列代码', en: 'Kind: value (a figure or text), provenance (its quote or line), translation, row (a whole row or item removed)', required: true, enum: ['value', 'provenance', 'translation', 'row'] },
    change: { zh: '修改或删除，依次记为下列代码', en: 'changed or removed', required: true, enum: ['changed', 'removed'] },
    old_value: { zh: '原值（按原写法）', en: 'Value before, as written in the record', required: true },
    new_value: { zh: '新值（按原写法；删除时为空）', en: 'Value after, as written in the record; empty when removed' },
    reason: { zh: '所述理由（提交说明，原文照录）', en: 'The reason given (the commit message, as written)', required: true },
  },
};

const PRIMARY_KEYS: Record<TableName, string[]> = {
  departments: ['id'],
  reports: ['id'],
  indicators: [],
  'budget-lines': ['report_id', 'kind', 'name'],
  outcomes: [],
  signals: ['report_id', 'signal'],
  provenance: ['report_id', 'field'],
  corrections: [],
};
const FOREIGN_KEYS: Partial<Record<TableName, { fields: string[]; reference: { resource: string; fields: string[] } }[]>> = {
  reports: [{ fields: ['department_id'], reference: { resource: 'departments', fields: ['id'] } }],
  indicators: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['id'] } }],
  'budget-lines': [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['id'] } }],
  outcomes: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['id'] } }],
  signals: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['id'] } }],
  provenance: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['id'] } }],
  corrections: [{ fields: ['report_id'], reference: { resource: 'reports', fields: ['id'] } }],
};

export function dataPackage(opts: { version: string }) {
  return {
    profile: 'tabular-data-package',
    name: 'investment-promotion-self-evaluations',
    title: '投资促进机构绩效自评报告 · Investment-promotion bureaus’ performance self-evaluations',
    description: 'Figures read from the performance self-evaluation reports published by Chinese investment-promotion bureaus; every value is traced to a quote of its source (provenance table). Amounts in 万元 (10,000 CNY) exactly as printed.',
    version: opts.version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: TABLE_NAMES.map((t) => ({
      name: t,
      path: `${t}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\n', header: true },
      schema: {
        fields: TABLES[t].columns.map((c) => {
          const doc = COLUMN_DOCS[t][c.name];
          if (!doc) throw new Error(`no documentation for ${t}.${c.name}`);
          return {
            name: c.name,
            type: c.type,
            description: `${doc.en}${doc.unit ? ` (${doc.unit})` : ''}. ${doc.zh}`,
            ...(c.type === 'number' ? { bareNumber: true } : {}),
            ...(doc.required || doc.enum ? { constraints: { ...(doc.required ? { required: true } : {}), ...(doc.enum ? { enum: [...doc.enum] } : {}) } } : {}),
          };
        }),
        missingValues: [''],
        ...(PRIMARY_KEYS[t].length ? { primaryKey: PRIMARY_KEYS[t] } : {}),
        ...(FOREIGN_KEYS[t] ? { foreignKeys: FOREIGN_KEYS[t] } : {}),
      },
    })),
  };
}
