export type SuggestableCategory = Readonly<{ id: string; keywords: readonly string[] }>;

const normalise = (text: string): string => text.toLowerCase().replaceAll('ё', 'е');

/**
 * The category whose keywords (lower-case stems, matched as substrings) cover most of the text, longer
 * matches weighing more; null when none matches. A hint for the voter, who decides.
 */
export function suggestCategory<C extends SuggestableCategory>(text: string, categories: readonly C[]): C | null {
  const haystack = normalise(text);
  if (haystack.trim() === '') return null;
  let best: C | null = null;
  let bestScore = 0;
  for (const category of categories) {
    const score = category.keywords.reduce(
      (sum, keyword) => (keyword && haystack.includes(normalise(keyword)) ? sum + keyword.length : sum),
      0,
    );
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return best;
}
