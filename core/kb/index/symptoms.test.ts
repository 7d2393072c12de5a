import { describe, expect, it } from 'vitest';
import { statedSymptoms, unspokenSymptom } from './symptoms.ts';

describe('statedSymptoms', () => {
  it('reads the symptom a ticket states, in the words tickets use', () => {
    expect(statedSymptoms('HP laserjet printing a grey streak down every page')).toEqual(['print-quality']);
    expect(statedSymptoms('paper keeps jamming in tray 2')).toEqual(['paper-jam']);
    expect(statedSymptoms('outlook says my mailbox is almost full')).toEqual(['storage-full']);
    expect(statedSymptoms('people on calls say my voice sounds robotic')).toEqual(['audio']);
    expect(statedSymptoms('site to site vpn to the warehouse keeps dropping')).toEqual(['site-to-site']);
    expect(statedSymptoms('can you put an out of office on for Sam')).toEqual(['out-of-office']);
    expect(statedSymptoms('the share screen button is greyed out in the webex meeting')).toEqual([
      'screen-sharing',
      'greyed-out',
    ]);
    // A device the ticket is about: a page that never names it does not fix it.
    expect(statedSymptoms('the card machine on till 2 says declined for every customer')).toEqual([
      'card-terminal',
    ]);
  });

  it('does not count a word mentioned in passing', () => {
    // A place, not a microphone; the paper tray, not a full mailbox; a status that is the printer's.
    expect(statedSymptoms('laptop stolen out of my car at the mic mac mall last night')).toEqual([]);
    expect(statedSymptoms('receipt printer only prints half the receipt, paper is full')).toEqual([]);
    expect(statedSymptoms('the printer shows offline on my pc but others can print')).toEqual([]);
    expect(statedSymptoms("everyone's out of the office today and MYOB says the file is in use")).toEqual([]);
    expect(statedSymptoms('Patch Install Failed: 2024-10 Cumulative Update for Windows 11')).toEqual([]);
  });

  it('leaves a ticket with several problems alone: its best page answers one of them', () => {
    expect(statedSymptoms('two things - people cant hear me on calls, and my big screen went black')).toEqual(
      [],
    );
    expect(statedSymptoms('1) outlook search is broken 2) teams status is wrong')).toEqual([]);
  });
});

describe('unspokenSymptom', () => {
  it('is the symptom a page never speaks of, in any of the words a page about it would use', () => {
    const scan = 'Copier scan to email fails: re-enter the SMTP password on the copier web page.';
    expect(unspokenSymptom(['paper-jam'], scan)).toBe('paper-jam');
    expect(unspokenSymptom(['paper-jam'], `${scan} Misfeeds: fan the paper.`)).toBeNull();
    // "Print quality" and "fuser" speak of streaks though the page never says "streak".
    expect(unspokenSymptom(['print-quality'], 'Print quality problems: replace the fuser unit.')).toBeNull();
  });

  it('does not take a mailbox permission for a full mailbox', () => {
    const permissions = 'Give a user Full Access to a shared mailbox, or Send As.';
    expect(unspokenSymptom(['storage-full'], permissions)).toBe('storage-full');
    expect(unspokenSymptom(['storage-full'], 'Mailbox over quota: turn on the online archive.')).toBeNull();
  });
});
