/** A piece of a highlighted fragment: plain text, or text the search engine matched. */
export type HighlightPart = { text: string; marked: boolean };

const TAG = /(<mark>|<\/mark>)/;

/**
 * Splits a search highlight ("… <mark>dotación</mark> industrial …") into plain and marked pieces. The server's
 * text is never parsed as HTML: only the exact `<mark>` and `</mark>` tags are read, everything else (including
 * any other tag-like text a supplier typed) stays literal text, which React then escapes.
 */
export function splitHighlight(fragment: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let marked = false;
  for (const piece of fragment.split(TAG)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += piece;
      else parts.push({ text: piece, marked });
    }
  }
  return parts;
}

/** The fragment without its tags, e.g. to compare a highlighted name with the name. */
export function plainText(fragment: string): string {
  return splitHighlight(fragment)
    .map((part) => part.text)
    .join('');
}
