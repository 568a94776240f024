/** Lower case without accents, so "cafe" finds "Café" and "tiramisu" finds "Tiramisù". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a search, folded; separators people type between words are ignored. */
export function searchWords(query: string): string[] {
  return foldText(query)
    .split(/[\s/_,]+/)
    .filter(Boolean);
}

/** Whether every word of the search occurs in the text, in any order. */
export function matchesEvery(text: string, words: readonly string[]): boolean {
  const folded = foldText(text).replace(/_/g, ' ');
  return words.every((word) => folded.includes(word));
}
