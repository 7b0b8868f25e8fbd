import { Lexer, type Token } from 'marked';
import type { ParsedTopic } from 'painkit/markdown';

/** The text a reader reads, as units: each paragraph, each list item, each table cell. */
function units(tokens: Token[], out: string[]): void {
  for (const token of tokens) {
    const t = token as Token & { tokens?: Token[]; items?: Array<{ tokens: Token[] }>; text?: string };
    if (t.type === 'heading' || t.type === 'code' || t.type === 'html' || t.type === 'space' || t.type === 'hr')
      continue;
    if (t.type === 'list') for (const item of t.items ?? []) out.push(inline(item.tokens));
    else if (t.type === 'paragraph' || t.type === 'text') out.push(inline(t.tokens ?? []) || (t.text ?? ''));
    else if (t.type === 'table') {
      const table = t as unknown as { header: Array<{ tokens: Token[] }>; rows: Array<Array<{ tokens: Token[] }>> };
      for (const cell of [...table.header, ...table.rows.flat()]) out.push(inline(cell.tokens));
    } else if (t.tokens) units(t.tokens, out);
  }
}

/** Plain text of inline tokens (bold, links and the like keep only their words). */
function inline(tokens: Token[]): string {
  return tokens
    .map((token) => {
      const t = token as Token & { tokens?: Token[]; text?: string };
      if (t.type === 'list') return '';
      if (t.tokens?.length) return inline(t.tokens);
      return t.type === 'br' ? ' ' : (t.text ?? '');
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * What a patient reads in a topic, as sentence units: the summary, each key point, every
 * paragraph, list item and table cell of the body (headings are not scored),
 * every recovery milestone item, and each plan step's timing and reason.
 * Each unit is at least one sentence.
 */
export function readableUnits(parsed: ParsedTopic): string[] {
  const out: string[] = [];
  const summary = parsed.data?.summary;
  if (typeof summary === 'string') out.push(summary.trim());
  out.push(...strings(parsed.data?.['key-points']));
  for (const section of parsed.sections) units(new Lexer({ gfm: true }).lex(section.markdown), out);
  const recovery = Array.isArray(parsed.data?.recovery) ? (parsed.data.recovery as Array<Record<string, unknown>>) : [];
  for (const m of recovery) for (const key of ['expect', 'do', 'avoid', 'call']) out.push(...strings(m?.[key]));
  // Plan templates: each step's timing and reason.
  const steps = Array.isArray(parsed.data?.steps) ? (parsed.data.steps as Array<Record<string, unknown>>) : [];
  for (const step of steps) out.push(...strings([step?.timing, step?.why]));
  return out.filter(Boolean);
}
