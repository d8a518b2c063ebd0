import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { plainText, splitHighlight } from '../../utils/highlight';
import { HighlightedText } from '../highlighted-text';

describe('search highlights', () => {
  it('marks only the words between <mark> tags', () => {
    expect(splitHighlight('Ropa de <mark>dotación</mark> y <mark>EPP</mark>')).toEqual([
      { text: 'Ropa de ', marked: false },
      { text: 'dotación', marked: true },
      { text: ' y ', marked: false },
      { text: 'EPP', marked: true },
    ]);
    expect(plainText('Ropa de <mark>dotación</mark>')).toBe('Ropa de dotación');
  });

  it('renders <mark> elements and keeps any other markup as visible text, never as HTML', () => {
    const { container } = render(
      <p>
        <HighlightedText fragment={'<mark>café</mark> <script>alert(1)</script><mark onclick="x">tostado</mark>'} />
      </p>,
    );

    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')).toHaveTextContent('café');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onclick]')).toBeNull();
    expect(container).toHaveTextContent('café <script>alert(1)</script><mark onclick="x">tostado');
  });
});
