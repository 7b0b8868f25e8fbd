import type { At } from './front-matter-rules.js';
import type { ContentProblem, ParsedFile } from './content-set.js';

/**
 * ICD-10-CM's form: a letter, a digit, then a digit or letter (the category,
 * `M48`, `C4A`); after a dot, 1 to 4 more digits or letters (`M48.061`,
 * `M80.08XA`). Content always writes the dot.
 */
const ICD10_CM = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/** What is wrong with the form of one code, if anything. */
function formProblem(code: unknown): string | undefined {
  if (typeof code !== 'string')
    return `${JSON.stringify(code)} is not an ICD-10-CM code (write it as text, e.g. M48.061)`;
  if (ICD10_CM.test(code)) return undefined;
  const hint =
    code !== code.toUpperCase() && ICD10_CM.test(code.toUpperCase())
      ? `write it in capitals: ${code.toUpperCase()}`
      : /^[A-Za-z][0-9][0-9A-Za-z][0-9A-Za-z]{1,4}$/.test(code)
        ? `write the dot after the third character: ${code.slice(0, 3)}.${code.slice(3)}`
        : 'a letter, a digit, a digit or letter, then a dot and 1 to 4 digits or letters, e.g. M48.061';
  return `"${code}" is not an ICD-10-CM code (${hint})`;
}

/**
 * Checks `codes.icd10` of one file: a list of ICD-10-CM codes in their
 * written form, each once, on condition pages only (they are diagnoses).
 */
export function checkIcd10Codes(list: unknown, isCondition: boolean, at: At): void {
  const path = ['codes', 'icd10'];
  if (list === undefined) return;
  if (!Array.isArray(list)) return at(path, '"codes.icd10" must be a list of ICD-10-CM codes');
  if (!isCondition && list.length) {
    return at(path, 'ICD-10-CM codes are diagnoses: they belong on condition pages (kind: condition)');
  }
  const seen = new Set<string>();
  list.forEach((code: unknown, i) => {
    const problem = formProblem(code);
    if (problem) at([...path, i], problem);
    else if (seen.has(code as string)) at([...path, i], `ICD-10-CM code ${String(code)} is listed twice`);
    else seen.add(code as string);
  });
}

/** Whether `outer` is `inner` or a less specific code above it (`M48.0` above `M48.061`). */
const covers = (outer: string, inner: string): boolean => inner.replace('.', '').startsWith(outer.replace('.', ''));

/**
 * Across the English condition pages: an ICD-10-CM code leads to one
 * condition, so no two pages list the same code, nor one code and a code
 * under it (`M48.0` on one page and `M48.061` on another would make the
 * answer depend on how specific the EHR's code is).
 */
export function checkIcd10Owners(sources: Iterable<ParsedFile>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const owners: Array<{ code: string; slug: string }> = [];
  for (const { file, parsed } of sources) {
    const codes = (parsed.data?.codes as Record<string, unknown> | undefined)?.icd10;
    if (!Array.isArray(codes)) continue;
    codes.forEach((code: unknown, i) => {
      if (typeof code !== 'string' || formProblem(code)) return;
      const clash = owners.find((o) => o.slug !== file.slug && (covers(o.code, code) || covers(code, o.code)));
      if (clash) {
        const how = clash.code === code ? 'is also' : `overlaps ${clash.code}, which is`;
        problems.push({
          file: file.file,
          line: parsed.lineOf(['codes', 'icd10', i]),
          message: `ICD-10-CM code ${code} ${how} given to ${clash.slug}: a diagnosis code must lead to one condition`,
        });
      } else owners.push({ code, slug: file.slug });
    });
  }
  return problems;
}
