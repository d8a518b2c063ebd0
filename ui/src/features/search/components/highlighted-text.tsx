import { Fragment } from 'react';
import { splitHighlight } from '../utils/highlight';

/**
 * A search highlight shown as text with the matched words in `<mark>`. Built from React text nodes, never from
 * the server's markup: nothing the server sends can become HTML on the page.
 */
export function HighlightedText({ fragment }: { fragment: string }) {
  return (
    <>
      {splitHighlight(fragment).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
