import { describe, expect, it } from 'vitest';
import { parseSupplierQuery, toApiParams, toSearchParams, withChange } from '../../utils/supplier-query';

describe('the supplier search address', () => {
  it('reads every filter from Spanish keys and gives the API its own parameters', () => {
    const query = parseSupplierQuery(
      new URLSearchParams(
        'q=dotación&departamento=05,11&cadena=MODA&tamano=MICRO,PEQUENA&certificacion=HACCP&vigente=2027-01-31' +
          '&mujeres=1&pdet=1&cerca=05001&radio=50&entrega=05&orden=distancia&pagina=3',
      ),
    );

    expect(toApiParams(query)).toEqual({
      q: 'dotación',
      department: '05,11',
      chain: 'MODA',
      size: 'MICRO,PEQUENA',
      certification: 'HACCP',
      validOn: '2027-01-31',
      womenLed: true,
      pdet: true,
      near: '05001',
      radiusKm: 50,
      deliversTo: '05',
      sort: 'distance',
      page: 2,
      pageSize: 20,
    });
  });

  it('writes back the same address it read, leaving defaults out', () => {
    const address = 'q=caf%C3%A9&departamento=05%2C11&mujeres=1&cerca=05001&radio=50&orden=distancia&pagina=2';
    expect(toSearchParams(parseSupplierQuery(new URLSearchParams(address))).toString()).toBe(address);
    expect(toSearchParams(parseSupplierQuery(new URLSearchParams(''))).toString()).toBe('');
  });

  it('ignores what the server would refuse: distance without an origin, a radius alone, page 0 or a bad date', () => {
    const query = parseSupplierQuery(new URLSearchParams('orden=distancia&radio=50&pagina=0&vigente=mañana&cerca=Medellín'));

    expect(toApiParams(query)).toEqual({ page: 0, pageSize: 20 });
  });

  it('goes back to the first page when a filter changes, and drops distance order with its origin', () => {
    const query = parseSupplierQuery(new URLSearchParams('cerca=05001&orden=distancia&pagina=4'));

    const next = withChange(query, { near: null });
    expect(next.page).toBe(1);
    expect(next.sort).toBe('relevance');
    expect(next.radiusKm).toBeNull();
  });
});
