import { describe, expect, it } from 'vitest';
import { paramsFromLines, paramsToLines } from './param-lines.ts';
import { ScriptParams } from './params.ts';

const previous = ScriptParams.parse([
  { name: 'ComputerName', type: 'string', description: 'The PC', pattern: '[A-Z0-9-]+', source: 'device' },
  { name: 'Pin', type: 'secret', description: 'Kiosk PIN' },
  { name: 'Mode', type: 'choice', choices: ['Full', 'Quick'], default: 'Quick' },
]);

describe('parameter lines (the chat accept form)', () => {
  it('round-trips a schema, keeping what a line cannot say from the parameter of the same name', () => {
    const lines = paramsToLines(previous);
    expect(lines).toBe('ComputerName: string\nPin: secret\nMode: choice(Full|Quick) = Quick');
    expect(paramsFromLines(lines, previous)).toEqual(previous);
  });

  it('reads added, retyped and dropped parameters; a bare name is a required string', () => {
    const edited = paramsFromLines('ComputerName: string = FAB-WS-001\n\nTicket\nRetries: int = 3', previous);
    expect(edited.map((p) => [p.name, p.type, p.default, p.required])).toEqual([
      ['ComputerName', 'string', 'FAB-WS-001', true],
      ['Ticket', 'string', null, true],
      ['Retries', 'int', '3', true],
    ]);
    expect(edited[0]).toMatchObject({ description: 'The PC', pattern: '[A-Z0-9-]+', source: 'device' });
    expect(paramsFromLines('', previous)).toEqual([]);
  });

  it('refuses a line it cannot read, naming the line, instead of dropping the parameter', () => {
    expect(() => paramsFromLines('ComputerName: string\nmy printer', previous)).toThrow(
      /Parameter line 2 \("my printer"\) should read "Name: type = default"/,
    );
    expect(() => paramsFromLines('Host: hostname', previous)).toThrow(/the type must be one of string, int/);
    expect(() => paramsFromLines('Pin: secret = 1234', previous)).toThrow(/a secret has no default/);
    expect(() => paramsFromLines('Size: choice(Big)', previous)).toThrow(
      /a choice needs at least two options/,
    );
    expect(() => paramsFromLines('Host\nhost: string', previous)).toThrow(/"host" is declared twice/);
  });
});
