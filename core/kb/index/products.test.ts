import { describe, expect, it } from 'vitest';
import { productsNamed } from './products.ts';

const first = (text: string) => productsNamed(text).map((family) => family[0]);

describe('productsNamed', () => {
  it('finds the products a ticket names, by any of their names, once per family', () => {
    expect(first('FortiClient stuck at 98%, the fortigate was rebooted')).toEqual(['fortinet']);
    expect(first('Sage says data in use; also Xero bank feed down')).toEqual(['sage', 'xero']);
    expect(first('the Google Sheets link from power bi')).toEqual(['google workspace', 'power bi']);
  });

  it('reads a name only as a whole word', () => {
    expect(first('zoomed in too far on the spreadsheet')).toEqual([]);
    expect(first('duolingo will not install')).toEqual([]);
    expect(first('my zoom call keeps dropping')).toEqual(['zoom']);
  });

  it('leaves out everyday words, hardware brands and the apps every knowledge base covers', () => {
    expect(first('the hp in finance jams, and excel crashes on the box in the corner')).toEqual([]);
    expect(first('outlook keeps asking for my password on my iphone')).toEqual([]);
  });
});
