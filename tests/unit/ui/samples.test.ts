import { DEFAULT_SAMPLE, isSampleName, sampleFromLocation } from '../../../src/ui/samples.ts';

describe('sample names in the page address', () => {
  it('takes ?sample=<name>, with or without .json', () => {
    expect(sampleFromLocation('?sample=small-center')).toBe('small-center');
    expect(sampleFromLocation('?sample=small-center.json')).toBe('small-center');
  });

  it('falls back to the default sample when none or a strange one is given', () => {
    expect(sampleFromLocation('')).toBe(DEFAULT_SAMPLE);
    expect(sampleFromLocation('?sample=../../etc/passwd')).toBe(DEFAULT_SAMPLE);
    expect(sampleFromLocation('?sample=a/b')).toBe(DEFAULT_SAMPLE);
  });

  it('accepts plain file names only', () => {
    expect(isSampleName('center-100')).toBe(true);
    expect(isSampleName('group_home.v2')).toBe(true);
    expect(isSampleName('..')).toBe(false);
    expect(isSampleName('a..b')).toBe(false);
    expect(isSampleName('')).toBe(false);
  });
});
