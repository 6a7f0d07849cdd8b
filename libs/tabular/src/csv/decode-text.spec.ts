import * as iconv from 'iconv-lite';

import { decodeText } from './decode-text';

describe('decodeText', () => {
  const text = 'Organización;Niñas\nCáritas del Perú;“12”\n';

  it('reads UTF-8 without and with a BOM', () => {
    expect(decodeText(Buffer.from(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from(`\uFEFF${text}`))).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 in both byte orders by their BOM', () => {
    expect(decodeText(iconv.encode(`\uFEFF${text}`, 'utf-16le'))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(iconv.encode(`\uFEFF${text}`, 'utf-16be'))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, curly quotes included', () => {
    expect(decodeText(iconv.encode(text, 'windows-1252'))).toEqual({ ok: true, text, encoding: 'windows-1252' });
  });

  it('reads plain Latin-1 text as Windows-1252, its superset for printable characters', () => {
    expect(decodeText(iconv.encode('Año;Región\n', 'latin1'))).toMatchObject({ ok: true, text: 'Año;Región\n' });
  });

  it('refuses binary data', () => {
    expect(decodeText(Buffer.from([0x41, 0x00, 0x42]))).toMatchObject({ ok: false });
    expect(decodeText(Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 32)))).toMatchObject({
      ok: false,
    });
  });
});
