import { describe, expect, it } from 'vitest';
import { extractFileText, fileKind } from './extract-file.ts';
import { htmlToText } from './html.ts';
import { makeDocx, makePdf } from './test-files.ts';

describe('text extraction', () => {
  it('reads a real .docx and keeps its headings as markdown lines', async () => {
    const bytes = await makeDocx('VPN troubleshooting', [
      { heading: 'Symptoms', paragraphs: ['The client shows error 809 when connecting.'] },
      {
        heading: 'Fix',
        paragraphs: ['Allow UDP 500 and 4500 on the firewall.', 'Restart the IKEEXT service.'],
      },
    ]);
    const result = await extractFileText(bytes, 'VPN troubleshooting.docx');
    expect(result).toEqual({
      ok: true,
      text: [
        '# VPN troubleshooting',
        '',
        '## Symptoms',
        '',
        'The client shows error 809 when connecting.',
        '',
        '## Fix',
        '',
        'Allow UDP 500 and 4500 on the firewall.',
        '',
        'Restart the IKEEXT service.',
      ].join('\n'),
    });
  });

  it('reads a real .pdf, one block per page', async () => {
    const bytes = await makePdf([
      ['Printer offline', 'Clear the spooler queue.'],
      ['Page two: reinstall the driver.'],
    ]);
    const result = await extractFileText(bytes, 'printer.pdf', 'application/pdf');
    expect(result.ok).toBe(true);
    const text = result.ok ? result.text : '';
    expect(text).toContain('Printer offline');
    expect(text).toContain('Clear the spooler queue.');
    expect(text.indexOf('reinstall the driver')).toBeGreaterThan(text.indexOf('spooler'));
  });

  it('takes markdown and text as they are, HTML with headings', async () => {
    expect(await extractFileText(Buffer.from('\uFEFF# Title\r\n\r\n\r\n\r\nBody  \n'), 'a.md')).toEqual({
      ok: true,
      text: '# Title\n\nBody',
    });
    const html =
      '<h2>Reset MFA</h2><p>Open <a href="https://x">Entra</a> &amp; <b>revoke</b> sessions.</p><img src="x.png">';
    expect(htmlToText(html)).toBe('## Reset MFA\n\nOpen Entra & revoke sessions.');
    expect(await extractFileText(Buffer.from(html), 'page.htm')).toEqual({
      ok: true,
      text: htmlToText(html),
    });
  });

  it('says why it cannot read a file', async () => {
    expect(await extractFileText(Buffer.from('x'), 'budget.xlsx')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unsupported file type'),
    });
    expect(await extractFileText(Buffer.from('not a zip'), 'broken.docx')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^could not read the Word document/),
    });
    expect(fileKind('notes', 'text/plain')).toBe('text');
  });
});
