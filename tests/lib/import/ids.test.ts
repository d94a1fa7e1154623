import { describe, expect, it } from 'vitest';
import { sourceSchema, sampleSchema } from '../../../src/lib/content/schema.ts';
import { sampleId, sourceName } from '../../../src/lib/import/ids.ts';

const SAMPLE_ID = sampleSchema.shape.id;
const SOURCE_NAME = sourceSchema.shape.name;

describe('sampleId', () => {
  it('uses the numeric prefix of a single file', () => {
    expect(sampleId('002_7ada724b3d5c0bf0.txt', null)).toBe('002');
    expect(sampleId('000_678087adbd692cae.txt', null)).toBe('000');
  });

  it('adds a two-digit position inside a compilation', () => {
    expect(sampleId('001_2e365b8a14871260.txt', 1)).toBe('001-01');
    expect(sampleId('001_2e365b8a14871260.txt', 7)).toBe('001-07');
    expect(sampleId('001_2e365b8a14871260.txt', 10)).toBe('001-10');
    expect(sampleId('001_x.txt', 123)).toBe('001-123');
  });

  it.each([
    ['005.txt', '005'],
    ['12-abc.txt', '12'],
    ['7 copy.txt', '7'],
    ['003.v2.txt', '003'],
  ])('reads the numeric prefix of %s', (file, id) => {
    expect(sampleId(file, null)).toBe(id);
  });

  it('uses the ASCII name when there is no numeric prefix, with - for _', () => {
    expect(sampleId('enc-gbk-002.txt', null)).toBe('enc-gbk-002');
    expect(sampleId('My_File.TXT', null)).toBe('my-file');
    expect(sampleId('2019report.txt', null)).toBe('2019report');
    expect(sampleId('enc-bom-crlf-001.txt', 3)).toBe('enc-bom-crlf-001-03');
  });

  it('ignores directories', () => {
    expect(sampleId('/tmp/x/002_abc.txt', null)).toBe('002');
    expect(sampleId('C:\\in\\markup-script.txt', null)).toBe('markup-script');
  });

  it('hashes a name without usable ASCII, stably', () => {
    const id = sampleId('2019年工作总结.txt', null);
    expect(id).toMatch(/^src-[0-9a-f]{8}$/);
    expect(sampleId('2019年工作总结.txt', null)).toBe(id);
    expect(sampleId('2020年工作总结.txt', null)).not.toBe(id);
    expect(sampleId('2019年工作总结.txt', 2)).toBe(`${id}-02`);
  });

  it('always gives an id the schema accepts', () => {
    for (const f of ['001_2e36.txt', 'enc-gbk-002.txt', '中文.txt', '__A b__.txt', 'x.y.z.txt', '--.txt', '.txt'])
      for (const i of [null, 1, 12]) expect(SAMPLE_ID.safeParse(sampleId(f, i)).success, `${f} ${i}`).toBe(true);
  });
});

describe('sourceName', () => {
  it('is the file stem when it is plain ASCII', () => {
    expect(sourceName('001_2e365b8a14871260.txt')).toBe('001_2e365b8a14871260');
    expect(sourceName('dir/enc-gbk-002.txt')).toBe('enc-gbk-002');
  });

  it('lowercases and replaces other characters with -', () => {
    expect(sourceName('My File (2).TXT')).toBe('my-file-2');
  });

  it('hashes a non-ASCII stem', () => {
    expect(sourceName('工作总结.txt')).toMatch(/^src-[0-9a-f]{8}$/);
    expect(sourceName('工作总结.txt')).not.toBe(sourceName('工作计划.txt'));
  });

  it('hashes an ASCII stem that has no letters or digits', () => {
    expect(sourceName('---.txt')).toMatch(/^src-[0-9a-f]{8}$/);
  });

  it('always gives a name the schema accepts', () => {
    for (const f of ['001_2e36.txt', 'A B.txt', '中文.txt', '__x__.txt', '---.txt', '.hidden'])
      expect(SOURCE_NAME.safeParse(sourceName(f)).success, f).toBe(true);
  });
});
