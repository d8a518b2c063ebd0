import { describe, expect, it } from 'vitest';
import { bars, breakdownKeyLabel, countsByDepartmentCode, formatPercent, parseTarget, percentOfTarget, type Bucket } from '../report';

const bucket = (key: string, over: Partial<Bucket> = {}): Bucket => ({
  key, mipymes: 0, anchors: 0, meetingsHeld: 0, connections: 0, businessExpectationsCop: 0, ...over,
});

describe('progress against a target', () => {
  it('shows the share done with one decimal', () => {
    expect(percentOfTarget(725, 1450)).toEqual({ percent: 50, width: 50 });
    expect(percentOfTarget(1, 3)).toEqual({ percent: 33.3, width: 33.3 });
    expect(formatPercent(33.3)).toBe('33,3\u00a0%');
  });

  it('shows more than 100 % when the target is passed, with a full bar', () => {
    expect(percentOfTarget(90, 80)).toEqual({ percent: 112.5, width: 100 });
  });

  it('counts a target of zero as met', () => {
    expect(percentOfTarget(0, 0)).toEqual({ percent: 100, width: 100 });
  });
});

describe('breakdown bars', () => {
  it('orders buckets largest first and sizes them against the largest', () => {
    const rows = bars([bucket('Cauca', { mipymes: 5 }), bucket('Antioquia', { mipymes: 20 }), bucket('Nariño', { mipymes: 10, anchors: 0 })], 'firms');
    expect(rows).toEqual([
      { key: 'Antioquia', value: 20, width: 100 },
      { key: 'Nariño', value: 10, width: 50 },
      { key: 'Cauca', value: 5, width: 25 },
    ]);
  });

  it('draws empty bars when every value is zero', () => {
    expect(bars([bucket('SI'), bucket('NO')], 'connections').map((r) => r.width)).toEqual([0, 0]);
  });
});

describe('the department map of the programme', () => {
  it('matches report departments to their codes, ignoring accents and case', () => {
    const departments = [
      { code: '05', name: 'ANTIOQUIA', displayName: 'Antioquia' },
      { code: '11', name: 'BOGOTÁ, D.C.', displayName: 'Bogotá D.C.' },
    ];
    const counts = countsByDepartmentCode(
      [bucket('Antioquia', { mipymes: 12 }), bucket('BOGOTA D.C.', { mipymes: 3 }), bucket('Atlantis', { mipymes: 9 })],
      departments,
    );
    expect([...counts]).toEqual([['05', 12], ['11', 3]]);
  });
});

describe('targets typed in the form', () => {
  it('reads digits with thousands dots; blank leaves the target as it is', () => {
    expect(parseTarget('1.450')).toBe(1450);
    expect(parseTarget('  ')).toBeNull();
    expect(parseTarget('80 anclas')).toBe('invalid');
  });
});

describe('breakdown groups read in Spanish', () => {
  const chains = new Map([['TURISMO_PAZ', 'Turismo para la paz']]);

  it('names value chains, sizes, anchor types and ethnic groups, and keeps unknown codes as they are', () => {
    expect(breakdownKeyLabel('valueChain', 'TURISMO_PAZ', chains)).toBe('Turismo para la paz');
    expect(breakdownKeyLabel('size', 'PEQUENA', chains)).toBe('Pequeña');
    expect(breakdownKeyLabel('anchorType', 'ESTATAL', chains)).toBe('Estatal');
    expect(breakdownKeyLabel('ethnicGroup', 'AFROCOLOMBIANO', chains)).toBe('Afrocolombiano');
    expect(breakdownKeyLabel('womenLed', 'SI', chains)).toBe('Sí');
    expect(breakdownKeyLabel('valueChain', 'OTRA', chains)).toBe('OTRA');
  });
});
