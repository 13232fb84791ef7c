/**
 * Text as the search index holds it, and as a query is matched against it: "ё" written as "е",
 * as most Russian text is typed, so that either spelling finds the other. The build folds what
 * it indexes (scripts/search) and the app folds the query the same way; the headline a result
 * shows is the story's own, unfolded. Letter case is folded by the index itself.
 */
export function foldForSearch(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
