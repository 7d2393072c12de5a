import { describe, expect, it } from 'vitest';
import { containsWord, productsNamed, typedProductNames } from './products.ts';

const [FORTINET = []] = productsNamed('fortinet');

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

describe('typedProductNames', () => {
  it('takes a name typed in camel case that no list holds as a product of its own', () => {
    const ticket = 'TimeLedger will not open, and FortiClient drops';
    expect(typedProductNames(ticket)).toEqual(['timeledger']);
    expect(productsNamed(ticket)).toEqual([FORTINET]);
    expect(typedProductNames('ask Sarah McKenzie or Pieter DeVries about the iPhone WiFi')).toEqual([]);
  });

  it('finds such a name in a document in any case, and a listed product by any of its names', () => {
    expect(containsWord('Open Timeledger from the Start menu', 'timeledger')).toBe(true);
    expect(containsWord('Open Timeledgerpro from the Start menu', 'timeledger')).toBe(false);
    expect(productsNamed('Reconnect the FortiGate tunnel')).toContain(FORTINET);
  });
});
