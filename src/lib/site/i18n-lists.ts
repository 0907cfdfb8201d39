/**
 * Interface strings of the pages that list many reports or departments when the data set is
 * large (the latest reports on the overview, the paginated report list, the province pages,
 * the paginated indicator explorer). Same pattern as i18n.ts: `en` must match `zh`.
 */
import type { Lang } from './i18n.ts';

const zh = {
  latestReports: '最新报告',
  latestReportsLead: (shown: number, total: number) => `共 ${total} 份报告，下表列出财政年度最新的 ${shown} 份。`,
  latestReportsCaption: (n: number) => `最新 ${n} 份报告的主要数字（金额单位：万元）`,
  allReportsLink: (total: number) => `按部门列出全部 ${total} 份报告`,
  chartsOfLatest: (n: number) => `以下图表显示上表中的 ${n} 份报告。`,
  departmentsByProvince: (departments: number, provinces: number) => `共 ${departments} 个部门，分布在 ${provinces} 个省级行政区，按省份列出：`,
  provincesCaption: '各省级行政区的部门和报告',
  colProvince: '省级行政区',
  colDepartments: '部门',
  colReports: '报告',
  colLatestYear: '最新年度',
  colSpentTotal: '报告所列支出合计（万元）',
  reportListTitle: (page: number, pages: number) => `全部报告（第 ${page} / ${pages} 页）`,
  reportListLead: (from: number, to: number, total: number) => `按部门和年度排列的第 ${from}–${to} 份报告，共 ${total} 份。`,
  reportListCaption: (page: number) => `全部报告的主要数字，第 ${page} 页（金额单位：万元）`,
  pagerLabel: '分页',
  pagerPrevious: '上一页',
  pagerNext: '下一页',
  pagerPage: (n: number) => `第 ${n} 页`,
  provinceTitle: (province: string) => `${province}的部门`,
  provinceLead: (departments: number, reports: number) => `共 ${departments} 个部门、${reports} 份报告。`,
  provinceCaption: '部门及其报告',
  colCity: '地市',
  colLevel: '级别',
  searchAllLarge: '全部部门和报告',
  searchAllLargeLead: (departments: number, reports: number) => `共 ${departments} 个部门、${reports} 份报告，数量较多，按省份和分页列出：`,
  indicatorsPageNote: (page: number, pages: number, from: number, to: number, total: number) => `第 ${page} / ${pages} 页：第 ${from}–${to} 个指标，共 ${total} 个。筛选只作用于本页；按名称查找指标请用搜索。`,
  dataManyFiles: (n: number, bytes: string) => `共 ${n} 个文件，合计 ${bytes}。文件太多，不逐一列出：每份报告的文件都可以从它的报告页和原文页下载，文件名即报告编号。`,
};

export type ListMessages = typeof zh;

const en: ListMessages = {
  latestReports: 'Latest reports',
  latestReportsLead: (shown, total) => `${total} reports in all; the table lists the ${shown} with the latest fiscal years.`,
  latestReportsCaption: (n) => `Key figures of the ${n} latest reports (amounts in 10,000 CNY)`,
  allReportsLink: (total) => `All ${total} reports, by department`,
  chartsOfLatest: (n) => `The charts show the ${n} reports of the table above.`,
  departmentsByProvince: (departments, provinces) => `${departments} departments in ${provinces} provincial-level divisions, listed by province:`,
  provincesCaption: 'Departments and reports by provincial-level division',
  colProvince: 'Province',
  colDepartments: 'Departments',
  colReports: 'Reports',
  colLatestYear: 'Latest year',
  colSpentTotal: 'Spending reported, total (10,000 CNY)',
  reportListTitle: (page, pages) => `All reports (page ${page} of ${pages})`,
  reportListLead: (from, to, total) => `Reports ${from}–${to} of ${total}, by department and year.`,
  reportListCaption: (page) => `Key figures of every report, page ${page} (amounts in 10,000 CNY)`,
  pagerLabel: 'Pages',
  pagerPrevious: 'Previous',
  pagerNext: 'Next',
  pagerPage: (n) => `Page ${n}`,
  provinceTitle: (province) => `Departments in ${province}`,
  provinceLead: (departments, reports) => `${departments} departments, ${reports} reports.`,
  provinceCaption: 'Departments and their reports',
  colCity: 'City',
  colLevel: 'Level',
  searchAllLarge: 'Every department and report',
  searchAllLargeLead: (departments, reports) => `${departments} departments and ${reports} reports, listed by province and page:`,
  indicatorsPageNote: (page, pages, from, to, total) => `Page ${page} of ${pages}: indicators ${from}–${to} of ${total}. Filters apply to this page; to find an indicator by name, use search.`,
  dataManyFiles: (n, bytes) => `${n} files, ${bytes} in all. Too many to list one by one: each report's files are linked from its report and source pages, and the file name is the report id.`,
};

export function tl(lang: Lang): ListMessages {
  return lang === 'zh' ? zh : en;
}
