/**
 * "one thousand one hundred", "one point one": an amount in English words, for the
 * message that asks which of two readings a person meant (the screens are in English;
 * the figures beside the words are in the person's locale). Whole numbers below a
 * million are all that message needs.
 */
const ones = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowHundred(n: number): string {
  if (n < 20) return ones[n] ?? '';
  const unit = n % 10;
  return `${tens[Math.floor(n / 10)] ?? ''}${unit === 0 ? '' : `-${ones[unit] ?? ''}`}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds > 0 ? `${ones[hundreds] ?? ''} hundred` : '';
  if (rest === 0) return head;
  return head ? `${head} ${belowHundred(rest)}` : belowHundred(rest);
}

/** 1100 → "one thousand one hundred"; whole numbers from 0 to 999,999, else the digits. */
export function wholeInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1_000_000) return String(n);
  if (n === 0) return 'zero';
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands > 0 ? `${belowThousand(thousands)} thousand` : '';
  if (rest === 0) return head;
  return head ? `${head} ${belowThousand(rest)}` : belowThousand(rest);
}

/** ("1", "10") → "one point one"; trailing zeros say nothing and are left out. */
export function decimalInWords(whole: string, fraction: string): string {
  const digits = fraction.replace(/0+$/, '');
  const head = wholeInWords(Number(whole || '0'));
  if (digits === '') return head;
  return `${head} point ${[...digits].map((digit) => ones[Number(digit)] ?? digit).join(' ')}`;
}
