/**
 * The synthetic department registry: one investment-promotion bureau per administrative
 * division, named the way real bureaus are (投资促进局, 投资促进中心, 商务和投资促进局 …),
 * with the GB/T 2260 code, city and province the data build checks.
 */
import { Random, subSeed } from './random.ts';
import { BUREAU_FORMS } from './phrases.ts';
import { divisionSeats, type DivisionSeat } from './divisions.ts';
import type { Department } from '../../src/lib/data/model.ts';

/** A registry row, exactly as data/departments.csv holds it after validation. */
export type SynthDepartment = Department;

/** The registry row of the bureau of one division; the form of its name is seeded by its code. */
function departmentOf(seat: DivisionSeat, id: string, seed: number): SynthDepartment {
  const rnd = new Random(subSeed(seed, `department:${seat.code}`));
  const form = rnd.weighted(BUREAU_FORMS.map((f) => [f, f.weight] as const));
  const nameEn = seat.level === 'city' ? `${seat.placeEn} Municipal ${form.en}` : `${form.en} of ${seat.placeEn}`;
  const short = `${seat.name}${form.short}`;
  return {
    id,
    name_zh: `${seat.prefix}${form.zh}`,
    name_en: nameEn,
    short_name_zh: short,
    admin_code: seat.code,
    level: seat.level,
    city_zh: seat.city,
    province_zh: seat.province,
    aliases: [`${seat.bare}${form.short}`, `${seat.bare}招商局`, form.short, '招商局'].filter((a, i, all) => all.indexOf(a) === i && a !== short),
  };
}

/**
 * `count` departments drawn across the whole country (a seeded sample of every division),
 * in code order, with unique ids: `<city>-<district>` or `<city>` in pinyin, and the code
 * appended where two divisions spell the same.
 */
export function synthDepartments(count: number, seed: number): SynthDepartment[] {
  const seats = divisionSeats();
  const taken = new Random(seed).sample(seats, count).sort((a, b) => (a.code < b.code ? -1 : 1));
  // Ids are decided over the full list, so a department keeps its id whatever the sample.
  const slugCount = new Map<string, number>();
  for (const s of seats) slugCount.set(s.slug.join('-'), (slugCount.get(s.slug.join('-')) ?? 0) + 1);
  return taken.map((s) => {
    const slug = s.slug.join('-');
    return departmentOf(s, (slugCount.get(slug) ?? 0) > 1 ? `${slug}-${s.code}` : slug, seed);
  });
}

/** How many departments the country has room for. */
export function maxDepartments(): number {
  return divisionSeats().length;
}
