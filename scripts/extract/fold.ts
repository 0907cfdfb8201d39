/**
 * Look-alike code points that PDF text layers of Chinese documents carry: Kangxi radicals
 * (⾃ U+2F83 for 自, ⼀ U+2F00 for 一), CJK radicals supplement forms (⻔ U+2EE8 for 门) and CJK
 * compatibility ideographs. The extractor reads the folded form; the verbatim source keeps what
 * the PDF holds, and quotes are cut from it, so they are found in the source as they are.
 *
 * Folded radicals are read in their simplified form (⼾ → 户). Every fold is one code point to one code point, so offsets into the original text still map
 * character for character.
 */
import { parse as parseHtml } from 'node-html-parser';
import * as OpenCC from 'opencc-js';

/**
 * Radicals supplement forms that are not NFKC-decomposable but stand for a character of their
 * own (simplified forms first). Forms with no standalone character (⺅, ⺡ …) are left alone.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺇': '几', '⺊': '卜', '⺋': '卩', '⺎': '兀', '⺏': '尢', '⺐': '尢', '⺑': '尢',
  '⺒': '巳', '⺓': '幺', '⺛': '旡', '⺝': '月', '⺟': '母', '⺠': '民', '⺢': '水', '⺣': '火',
  '⺤': '爫', '⺥': '爫', '⺦': '丬', '⺧': '牛', '⺨': '犬', '⺩': '王', '⺪': '疋', '⺫': '目',
  '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糸', '⺰': '纟', '⺱': '网', '⺲': '罒', '⺳': '网',
  '⺴': '网', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羊', '⺹': '耂', '⺺': '聿', '⺻': '聿',
  '⺼': '肉', '⺽': '臼', '⺾': '艹', '⺿': '艹', '⻀': '艹', '⻁': '虎', '⻂': '衣', '⻃': '西',
  '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠', '⻉': '贝', '⻊': '足', '⻋': '车',
  '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '金', '⻑': '長', '⻒': '镸', '⻓': '长',
  '⻔': '门', '⻕': '阝', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风',
  '⻜': '飞', '⻝': '食', '⻞': '食', '⻟': '食', '⻠': '饣', '⻡': '首', '⻢': '马', '⻣': '骨',
  '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '齐',
  '⻬': '齐', '⻭': '齿', '⻮': '齿', '⻯': '龙', '⻰': '龙', '⻱': '龟', '⻲': '龟', '⻳': '龟',
};

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** A text in simplified characters (`優秀` → `优秀`): for comparing a category word printed in either script. */
export function simplified(text: string): string {
  return toSimplified(text);
}
const HAN = /[\u4e00-\u9fff]/u;

const KANGXI = /[\u2f00-\u2fdf\uf900-\ufaff]|[\u{2f800}-\u{2fa1f}]/u;

/** The character a look-alike stands for; any other character unchanged. */
function foldChar(ch: string): string {
  const s = SUPPLEMENT[ch];
  if (s) return s;
  if (KANGXI.test(ch)) {
    // NFKC gives the traditional form of some radicals (⼾ → 戶, ⾨ → 門): read the simplified one.
    const n = ch.normalize('NFKC');
    return [...n].length === 1 ? (toSimplifiedChar(n) ?? n) : ch;
  }
  return ch;
}

/** A text with every look-alike folded (same number of code points). */
export function foldText(text: string): string {
  return /[\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u.test(text) ? [...text].map(foldChar).join('') : text;
}


/**
 * The form the extractor reads a document in: look-alikes folded and, in a text printed in
 * traditional characters (a mirror copy converted to 繁體), each character mapped to its
 * simplified form. Same length as the original, unit for unit (only characters of the Basic
 * Multilingual Plane are mapped, each to one), so every offset holds for both.
 */
export function readingText(original: string): string {
  const chars = [...new Set(original.match(/[\u4e00-\u9fff]/gu) ?? [])];
  const simplified = new Map<string, string>();
  for (const c of chars) {
    const s = toSimplified(c);
    if (s !== c && s.length === 1 && HAN.test(s)) simplified.set(c, s);
  }
  // A simplified text has a few characters the converter would change (乾, 著 …): only a text
  // with many of them is traditional.
  const han = (original.match(/[\u4e00-\u9fff]/gu) ?? []).length;
  let changed = 0;
  for (const c of original) if (simplified.has(c)) changed++;
  const traditional = changed >= 3 && changed / han >= 0.03;
  // (the converter's reading of whole words where it keeps the length, so that a character both scripts use reads as the word
  // wants it: `批覆` is `批复`, which no character alone says)
  const words = traditional ? toSimplified(original) : '';
  const byWords = words.length === original.length;
  let out = '';
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    let r = c;
    const code = c.charCodeAt(0);
    if ((code >= 0x2e80 && code <= 0x2fdf) || (code >= 0xf900 && code <= 0xfaff)) {
      const f = foldChar(c);
      if (f.length === 1) r = f;
    }
    if (traditional) r = byWords && HAN.test(c) && HAN.test(words[i]!) ? words[i]! : simplified.get(r) ?? (HAN.test(r) ? (toSimplifiedChar(r) ?? r) : r);
    out += r;
  }
  return pageMarks(csvCells(ocrWords(ocrDigits(chineseYears(doubledNumbers(hidePinyin(characterReferences(out))))))));
}

/** An HTML character reference a page's text kept (`&nbsp;`, `&ldquo;`, `&#12289;`). */
export const CHARACTER_REFERENCE = String.raw`&(?:[a-zA-Z][a-zA-Z0-9]{1,30}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});`;
const REFERENCE = new RegExp(CHARACTER_REFERENCE, 'gu');
const referenced = new Map<string, string>();
/**
 * Character references read as the characters they stand for: the character, then zero-width spaces for the rest of the
 * reference (which the readers skip), so the reading form keeps the original's length; a line's indent as spaces.
 * Decoded by node-html-parser, the HTML parser the project has; a reference to more than one character, or to none, stays
 * as printed.
 */
function characterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (m, at: number) => {
    if (!referenced.has(m)) referenced.set(m, parseHtml(m).text);
    const ch = referenced.get(m)!;
    if (ch === m || ch.length !== 1) return m;
    const space = /[\u00a0\u2000-\u200a\u3000]/u.test(ch);
    // (a line's indent, `&nbsp;&nbsp;300`, all spaces: the line's cell starts after it)
    if (space && /(?:^|\n)(?:[ \t]|&(?:nbsp|ensp|emsp|#160|#12288);)*$/u.test(text.slice(Math.max(0, at - 120), at))) return ' '.repeat(m.length);
    return (space ? ' ' : ch) + '\u200b'.repeat(m.length - 1);
  });
}

/** A number printed twice in a row, `106.5106.5`, `69.23%69.23%`, `7070`, `1,155.501,155.50`. */
const DOUBLED = /(?<![\d.,])(\d[\d,]*(?:\.\d+)?%?)\1(?![\d.%])/gu;
/**
 * One no number can be but a double: a decimal point in each half, the unit after (`36.9436.94 万元`). (Not `100%100%` or `45.245.2`
 * alone: a flattened form runs its cells together, a target and its result, a budget and what was spent of it.)
 */
const SURELY_DOUBLED = /(?<![\d.,])(\d[\d,]*\.\d+)\1 ?(?=万元|萬元|亿元|億元|元|个|個)/gu;

/**
 * Whether a text prints its numbers twice (a PDF that draws bold text twice, its text layer keeping both): at least two numbers
 * no single number can be (`106.5106.5 萬元`, `36.9436.94 萬元`). The first of them, or null.
 */
export function printsNumbersTwice(text: string): string | null {
  const found = [...text.matchAll(SURELY_DOUBLED)];
  return found.length >= 2 ? found[0]![0].trim() : null;
}

/**
 * In a text that prints its numbers twice, every number printed twice in a row on a line that shows the doubling (`7070` as
 * well, beside `36.9436.94 萬元`) is read once: its first copy dropped from the view (zero-width spaces, as the pinyin above).
 * Only lines that show it (a report may double its bold summary only), and not a whole number of one digit twice (`88`, `55`
 * are as likely numbers of their own). Same length; the original keeps both.
 */
function doubledNumbers(text: string): string {
  if (!printsNumbersTwice(text)) return text;
  return text.split('\n').map((line) => {
    if (!new RegExp(SURELY_DOUBLED.source, 'u').test(line)) return line;
    // (not a year printed once, `2020年`: its halves are no year)
    return line.replace(DOUBLED, (m, once: string, at: number) => ((line[at + m.length] === '年' && !/^(?:19|20)\d{2}$/u.test(once)) || /^\d$/u.test(once) ? m : '\u200b'.repeat(m.length - once.length) + once));
  }).join('\n');
}

/**
 * A year written in Chinese numerals, `二〇二三年`, `二零二二年度` (an OCR's `二O二三年` too): read as its digits, one for one, so the
 * year rules read it. Only a year of this century or the last, before 年. Same length; the original keeps it.
 */
const DIGIT: Record<string, string> = { 〇: '0', 零: '0', O: '0', o: '0', '○': '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
function chineseYears(text: string): string {
  return text.replace(/(?<![一二三四五六七八九十〇零])(?:二[〇零Oo○][〇零Oo○一二三四五六七八九]|一九[〇零Oo○一二三四五六七八九])[〇零Oo○一二三四五六七八九](?=年)/gu, (m) => [...m].map((c) => DIGIT[c] ?? c).join(''));
}

/**
 * A page's number or a table's continuation mark on a line of its own, where a PDF's or a Word file's pages met
 * (`- 3 -`, `第 3 页 共 12 页`, `Page 3 of 12`, `（续表）`, `续上表`): blanked in the reading form, so a form's header and
 * its rows, or a paragraph, read on across it. Only marks dressed as such: a bare number on a line may be a cell's value.
 * Same length; the original keeps them.
 */
const PAGE_MARK = new RegExp(String.raw`^[ \t]*(?:` + [
  String.raw`[-—–－]\s*\d{1,4}\s*[-—–－]`,
  String.raw`(?:共\s*\d{1,4}\s*页[，,/\s]*)?第\s*\d{1,4}\s*页(?:[，,/\s]*共\s*\d{1,4}\s*页)?`,
  String.raw`(?:Page|页码[:：]?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?`,
  String.raw`[(（]?(?:续表|续上表|续上页|接上表|接上页)(?:见下页)?[)）]?`,
].join('|') + String.raw`)[ \t]*\|?[ \t]*$`, 'gmiu');
function pageMarks(text: string): string {
  // (only a page's break: marks a few lines apart are a document site's list of its pages, each mark after its page's opening words)
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  const marks = [...text.matchAll(PAGE_MARK)].map((m) => ({ m, line: lineOf(m.index) }));
  // (or a pair on adjacent lines, a page's number then its table's continuation mark, no other near them)
  const near = (x: (typeof marks)[number]) => marks.filter((y) => y !== x && Math.abs(y.line - x.line) <= 5);
  const lone = new Set(marks.filter((x) => near(x).length === 0 || (near(x).length === 1 && Math.abs(near(x)[0]!.line - x.line) === 1 && near(near(x)[0]!).length === 1)).map((x) => x.m.index));
  return text.replace(PAGE_MARK, (m, at: number) => (lone.has(at) ? ' '.repeat(m.length) : m));
}

/**
 * A form saved as comma-separated values (`主管部门,某局,,,实施单位,某卫生院,,,`): its commas are its cells' bars. Only a document
 * most of whose lines are such rows (three commas or more, an empty cell `,,` among them), at least five;
 * a comma inside double quotes (`"1,350.00"`) stays. Same length; the original keeps its commas.
 */
function csvCells(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  // (an empty cell among them: prose broken after its commas ends lines with one too)
  const rows = filled.filter((l) => (l.match(/,/gu) ?? []).length >= 3 && /,,/u.test(l));
  if (rows.length < 5 || rows.length < 0.4 * filled.length) return text;
  return lines.map((l) => (l.match(/,/gu) ?? []).length < 2 ? l : l.replace(/"[^"\n]*"|,/gu, (m) => (m === ',' ? '|' : m))).join('\n');
}

/**
 * The words the cues stand on, as an OCR misreads one character of them (a look-alike of a similar shape): 顸算 / 预箅 for
 * 预算, 执衧 / 执仃 for 执行, 执行牢 for 执行率, 白评 for 自评, 万兀 for 万元, 杜会保障 for 社会保障, 悄况 for 情况, 实施第位 for 实施单位, 主管部n for 主管部门, 年初预匏 for 年初预算; and a table's bar read as 丨.
 * Only these pairs, none of which is a word: a table of shapes, since no library folds OCR confusions of Chinese. Same
 * length; the original keeps what it printed.
 */
const OCR_WORDS: readonly [RegExp, string][] = [
  [/顸(?=算|箅)/gu, '预'], [/(?<=预|顸)箅/gu, '算'], [/(?<=执)[衧仃]/gu, '行'], [/(?<=执行)牢/gu, '率'], [/白(?=评(?:得分|分|等级|结论|结果|报告|工作|表))/gu, '自'],
  [/(?<=万)兀/gu, '元'], [/杜(?=会保障)/gu, '社'], [/悄(?=况)/gu, '情'], [/(?<=实施|填报|预算|主管)第(?=位)/gu, '单'], [/(?<=主管部)n(?![A-Za-z])/gu, '门'], [/(?<=年初)预匏/gu, '预算'],
  // (a table's bar read as the stroke 丨, spaces around it)
  [/(?<= )丨(?= )/gu, '|'],
];
function ocrWords(text: string): string {
  return OCR_WORDS.reduce((t, [re, to]) => t.replace(re, to), text);
}

/**
 * Letters an OCR read for digits inside a percentage (`IO0%` for 100 %, `O76%` for 76 %, `IOO%`): I and l
 * read as 1, O and o as 0, only in a run of digits and those letters that holds a digit (or is 100
 * itself), stands after no other letter or digit and ends at the % sign. Same length; the original
 * keeps what it printed.
 */
function ocrDigits(text: string): string {
  const digits = (m: string) => m.replace(/[Il]/gu, '1').replace(/[Oo]/gu, '0');
  // (or an amount or a cell's number: `532.6O万元`, `总分 丨 1OO 丨 90.51` — two digits at least, or 1OO, then its unit or the cell's end)
  const CELL_END = String.raw`(?=\s?(?:万元|元)|[ \t]+[|丨]|[ \t]*$)`;
  return text
    .replace(/(?<![A-Za-z0-9.])(?:(?=[IlOo.]*\d)[0-9IlOo.]*[IlOo][0-9IlOo.]*|[Il][Oo]{2})(?=\s?%)/gu, digits)
    .replace(new RegExp(String.raw`(?<![A-Za-z0-9.,])(?:(?=(?:[0-9IlOo.,]*\d){2})\d[0-9IlOo.,]*[IlOo][0-9IlOo.,]*|(?<=^|[ \t|丨])1[Oo]{2})${CELL_END}`, 'gmu'), digits)
    // (and a number that opens with a misread digit, `l,2O6.35`, or a year, a date, a count, a score: `2O23年`, `3月l8日`, `l2个`,
    // `5O分`, `9l.5` — two digits at least, or one before a unit of its own, or 1OO; no other letter or digit beside it, so
    // `O2O`, `CO2`, `ISO9001` stay; nor a document's number, `[2O2O]l86号`)
    .replace(/(?<![A-Za-z0-9.,])[0-9IlOo][0-9IlOo.,]*(?<![.,])(?![A-Za-z0-9\]〕】号条款])/gu, (m, at: number, all: string) => {
      if (!/[IlOo]/u.test(m) || !/\d/u.test(m)) return m;
      // (an amount's shape, `l5O.OO`, holds one true digit enough)
      return (m.match(/\d/gu) ?? []).length >= 2 || /^[%年月日分个万元亿]/u.test(all.slice(at + m.length)) || /^1[Oo]{2}$/u.test(m) || /^[0-9IlOo,]+\.[0-9IlOo]{2}$/u.test(m) ? digits(m) : m;
    })
    // (a short cell of a form, between its runs of spaces or bars: 100 whose every digit was misread, `lOO`, or a weight, `l0`, `5O`)
    .replace(/(?<=(?:^|[ \t]{2}|[|丨])[ \t]*)(?:[Il][Oo]{2}|(?=[IlOo]?\d)[0-9IlOo]{2,3})(?=[ \t]*(?:$|[ \t]{2}|[|丨]))/gmu, (m) => digits(m));
}

/**
 * Pinyin a conversion site left after characters, `預(yù)算`, `目標(biāo)`: hidden from the reading
 * form (each of its characters becomes a zero-width space, which the readers skip), so the
 * words read whole again; the original keeps it. A tone mark tells pinyin from a note `(A)`.
 */
const PINYIN_RUBY = String.raw`\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)`;
const PINYIN = new RegExp(String.raw`(?<=[\u4e00-\u9fff])${PINYIN_RUBY}`, 'gu');
const PINYIN_AT = new RegExp(`^${PINYIN_RUBY}`, 'u');
function hidePinyin(text: string): string {
  return text.replace(PINYIN, (m) => '\u200b'.repeat(m.length));
}

/** A name without the pinyin a conversion site put after its characters (`養(yǎng)護中心` is `養護中心`): debris, not the name's. */
export function withoutPinyin(name: string): string {
  return name.replace(PINYIN, '');
}

/** The length of the pinyin a conversion site put at `at` of the original (`(xiàng)`), else 0. */
export function pinyinAt(text: string, at: number): number {
  return PINYIN_AT.exec(text.slice(at, at + 12))?.[0].length ?? 0;
}

function toSimplifiedChar(c: string): string | null {
  const s = toSimplified(c);
  return s.length === 1 && HAN.test(s) ? s : null;
}
