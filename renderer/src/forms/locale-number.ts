import { scaledToDecimalText } from '../../../shared/domain/money';
import { localeSymbols, type LocaleSymbols, type NumberKind } from './locale-symbols';
import { decimalInWords, wholeInWords } from './number-words';

/**
 * Decimal numbers — prices, percentages — typed and shown the user's way (issue #9),
 * kept as exact integers of a fixed scale (minor units, basis points): "19,99" with
 * two digits is 1999, by string, never by multiplying a float.
 *
 * Every separator comes from the locale's own data (see locale-symbols.ts). A typed
 * value is read by these rules, in order:
 *
 * 1. **The locale's way.** Digits (0–9 or the locale's own), the locale's group
 *    separator between groups of the locale's sizes, then at most one decimal mark
 *    and at most `fractionDigits` decimals: `1.100,00` in de-DE, `1,100.00` in en-US,
 *    `1 100,00` in fr-FR, `1’100.00` in de-CH. Grouping is optional (`1100,00`). A group
 *    separator that is a space also takes a plain, no-break or narrow no-break space; one
 *    that is an apostrophe takes both ' and ’ — whatever is easy to type.
 *    A currency symbol or code, a percent sign and a leading minus are forgiven around it.
 * 2. **A lone "." or "," that can only be a decimal mark is one.** A group separator is
 *    always followed by three digits, so `11.50` in de-DE, `11,5` in en-US or `11.50` in
 *    fr-FR (the numeric keypad's key) can only mean eleven fifty, and are read so.
 * 3. **A lone "." or "," followed by exactly three digits that the locale cannot read is
 *    ambiguous, and refused.** `1,100` in de-DE would be three decimals, which a euro
 *    price does not have — or 1100 written the English way; `1.100` in en-US or fr-FR the
 *    same the other way round. The message shows both amounts as this locale writes them:
 *    "type 1.100,00 for one thousand one hundred, or 1,10 for one point one". Nothing is
 *    saved meanwhile. Where the locale itself reads the text (rule 1) it is not guessed:
 *    `1,100` in en-US and `1.100` in de-DE are 1100, as anyone there writes it, and `1,100`
 *    in de-DE is 1.100 BHD, a three-decimal currency — exactly how the field shows that
 *    amount. A slip of scale that gets past this is asked about when saving (scale-change.ts).
 * 4. Anything else is refused, with an example written this locale's way.
 */
export interface DecimalSpec extends NumberKind {
  /** Decimals the value keeps: 2 for EUR, 0 for JPY, 3 for BHD, 2 for a percentage in basis points. */
  fractionDigits: number;
  /** Decimals always shown: a price shows all of its currency's; a percentage only those it has. */
  shownDigits: number;
  /** What the field holds, for its messages: "price", "tax rate". */
  noun: string;
  /** A value (at the spec's scale) for "e.g." in messages. */
  example: number;
}

export type ParsedDecimal = { ok: true; scaled: number } | { ok: false; message: string };

/** At most a trillion in whole units: far above any price, far below float trouble (2^53). */
const maxWholeDigits = 12;

/** The value as the field shows it for editing: no currency sign, the locale's separators. */
export function formatDecimal(scaled: number, spec: DecimalSpec): string {
  const format = new Intl.NumberFormat(spec.locale, {
    ...(spec.currency ? { style: 'currency', currency: spec.currency } : {}),
    minimumFractionDigits: spec.shownDigits,
    maximumFractionDigits: spec.fractionDigits,
  });
  const numeric = new Set<string>(['minusSign', 'integer', 'group', 'decimal', 'fraction']);
  return format
    .formatToParts(scaledToDecimalText(scaled, spec.fractionDigits))
    .filter((part) => numeric.has(part.type))
    .map((part) => part.value)
    .join('');
}

type MarkKind = 'decimal' | 'group' | 'foreign';

/** How the locale counts a separator; '.' and ',' it uses for neither are "foreign". Null: not a separator. */
function markKind(char: string, symbols: LocaleSymbols): MarkKind | null {
  if (char === symbols.decimal) return 'decimal';
  if (symbols.groups.includes(char)) return 'group';
  if (/\s/u.test(char) && symbols.groups.some((group) => /\s/u.test(group))) return 'group';
  if (/['’]/u.test(char) && symbols.groups.some((group) => /['’]/u.test(group))) return 'group';
  if (char === '.' || char === ',') return 'foreign';
  return null;
}

interface Tokens {
  negative: boolean;
  /** Digit runs (ASCII), one more than marks. */
  runs: string[];
  marks: { kind: MarkKind; char: string }[];
}

/** Peels currency signs, a percent sign and one minus off either end; null when something else is left over. */
function tokenize(typed: string, symbols: LocaleSymbols): Tokens | null {
  // Direction marks (ar-EG, fa-IR) are invisible in what was typed or pasted.
  let text = typed.replace(/\p{Cf}/gu, '').trim();
  let negative = false;
  const affixes = [...symbols.affixes].sort((a, b) => b.length - a.length);
  for (let peeled = true; peeled;) {
    peeled = false;
    const lower = text.toLowerCase();
    const sign = [...new Set([symbols.minus, '-', '−'])].find((minus) => text.startsWith(minus));
    const lead = affixes.find((affix) => lower.startsWith(affix.toLowerCase()));
    const trail = affixes.find((affix) => lower.endsWith(affix.toLowerCase()));
    if (sign && !negative) {
      negative = true;
      text = text.slice(sign.length);
    } else if (lead) text = text.slice(lead.length);
    else if (trail) text = text.slice(0, -trail.length);
    else if (/^\p{Sc}/u.test(text)) text = text.slice(1);
    else if (/\p{Sc}$/u.test(text)) text = text.slice(0, -1);
    else continue;
    peeled = true;
    text = text.trim();
  }
  const runs = [''];
  const marks: Tokens['marks'] = [];
  for (const char of text) {
    const local = symbols.digits.indexOf(char);
    if (/[0-9]/.test(char) || local >= 0) {
      runs[runs.length - 1] += local >= 0 ? String(local) : char;
      continue;
    }
    const kind = markKind(char, symbols);
    if (!kind) return null;
    marks.push({ kind, char });
    runs.push('');
  }
  return { negative, runs, marks };
}

/** The locale's reading (rule 1): the whole and fraction digits, or null when the text is not written its way. */
function localeReading(tokens: Tokens, symbols: LocaleSymbols): { whole: string; fraction: string } | null {
  const { runs, marks } = tokens;
  const decimalAt = marks.findIndex((mark) => mark.kind === 'decimal');
  if (marks.some((mark) => mark.kind === 'foreign')) return null;
  if (decimalAt >= 0 && decimalAt !== marks.length - 1) return null;
  const groups = decimalAt >= 0 ? runs.slice(0, -1) : runs;
  const fraction = decimalAt >= 0 ? (runs.at(-1) ?? '') : '';
  if (groups.length > 1) {
    const [first = '', ...rest] = groups;
    const last = rest.pop() ?? '';
    const firstMax = rest.length > 0 ? symbols.secondaryGroup : symbols.primaryGroup;
    if (!/^[1-9]/.test(first) || first.length > firstMax) return null;
    if (rest.some((run) => run.length !== symbols.secondaryGroup) || last.length !== symbols.primaryGroup) return null;
  }
  const whole = groups.join('');
  if (whole === '' && fraction === '') return null;
  return { whole, fraction };
}

/** "JPY prices have no decimals", "a price has at most 2 decimals": the rule, to quote inside a sentence. */
function decimalsRule(spec: DecimalSpec): string {
  if (spec.fractionDigits === 0) return `${spec.currency ?? 'these'} ${spec.noun}s have no decimals`;
  return `a ${spec.noun} has at most ${spec.fractionDigits} decimals`;
}

function tooManyDecimals(spec: DecimalSpec): string {
  if (spec.fractionDigits === 0) return `${decimalsRule(spec)}.`;
  return `Use at most ${spec.fractionDigits} decimals.`;
}

/** Rule 3's message: each amount the text could be, typed this locale's way, with its words. */
function ambiguity(negative: boolean, whole: string, after: string, spec: DecimalSpec): string {
  const sign = negative ? -1 : 1;
  const minus = negative ? 'minus ' : '';
  const scale = 10 ** spec.fractionDigits;
  const grouped = Number(`${whole}${after}`);
  const asThousands = `type ${formatDecimal(sign * grouped * scale, spec)} for ${minus}${wholeInWords(grouped)}`;
  // The decimal reading, if its extra digits are zeros: "1,100" → 1,10.
  const kept = after.slice(0, spec.fractionDigits);
  if (/^0*$/.test(after.slice(spec.fractionDigits))) {
    const scaled = sign * Number(`${whole}${kept.padEnd(spec.fractionDigits, '0')}`);
    return `Unclear which you mean: ${asThousands}, or ${formatDecimal(scaled, spec)} for ${minus}${decimalInWords(whole, kept)}.`;
  }
  return `Unclear which you mean: ${asThousands} (${decimalsRule(spec)}).`;
}

function valueOf(negative: boolean, whole: string, fraction: string, spec: DecimalSpec): ParsedDecimal {
  if (fraction.length > spec.fractionDigits) return { ok: false, message: tooManyDecimals(spec) };
  if (whole.replace(/^0+/, '').length > maxWholeDigits) {
    return { ok: false, message: `That ${spec.noun} is far too large.` };
  }
  const scaled = Number(`${whole || '0'}${fraction.padEnd(spec.fractionDigits, '0')}`);
  return { ok: true, scaled: negative && scaled !== 0 ? -scaled : scaled };
}

/** Reads what a person typed by the rules above; the message, if refused, is in a manager's words. */
export function parseDecimal(typed: string, spec: DecimalSpec): ParsedDecimal {
  if (typed.trim() === '') return { ok: false, message: `Enter a ${spec.noun}.` };
  const symbols = localeSymbols(spec);
  const notANumber: ParsedDecimal = {
    ok: false,
    message: `Enter the ${spec.noun} as a number, e.g. ${formatDecimal(spec.example, spec)}.`,
  };
  const tokens = tokenize(typed, symbols);
  if (!tokens) return notANumber;
  const reading = localeReading(tokens, symbols);
  if (reading && reading.fraction.length <= spec.fractionDigits) {
    return valueOf(tokens.negative, reading.whole, reading.fraction, spec);
  }
  const [mark] = tokens.marks;
  const [whole = '', after = ''] = tokens.runs;
  const decimalLike = mark && (mark.kind === 'decimal' || mark.char === '.' || mark.char === ',');
  if (tokens.marks.length === 1 && decimalLike) {
    // Rule 3: "1,100" could be a thousands separator as much as a decimal mark.
    if (after.length === 3 && /^[1-9]\d{0,2}$/.test(whole))
      return { ok: false, message: ambiguity(tokens.negative, whole, after, spec) };
    // Rule 2: not followed by three digits, it cannot be a group separator.
    if (after !== '') return valueOf(tokens.negative, whole, after, spec);
  }
  if (reading) return { ok: false, message: tooManyDecimals(spec) };
  return notANumber;
}
