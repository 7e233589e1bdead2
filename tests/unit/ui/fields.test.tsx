// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { LengthField, NumberField } from '../../../src/ui/properties/fields.tsx';

describe('a length field', () => {
  it('reads feet and inches and commits inches on Enter', () => {
    const commits: (number | undefined)[] = [];
    render(<LengthField label="Ceiling height" value={96} onCommit={(v) => commits.push(v)} />);
    const input = screen.getByLabelText('Ceiling height') as HTMLInputElement;
    expect(input.value).toBe(`8' 0"`);
    fireEvent.change(input, { target: { value: `7' 6"` } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(commits).toEqual([90]);
  });

  it('says under the field what it cannot read, and commits nothing', () => {
    const commits: (number | undefined)[] = [];
    render(<LengthField label="Ceiling height" value={96} onCommit={(v) => commits.push(v)} />);
    const input = screen.getByLabelText('Ceiling height');
    fireEvent.change(input, { target: { value: 'tall' } });
    expect(screen.getByRole('alert').textContent).toContain('"tall"');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    expect(commits).toEqual([]);
    expect((input as HTMLInputElement).value).toBe('tall');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe(`8' 0"`);
  });

  it('treats blank as "back to the default" only where the field is optional', () => {
    const commits: (number | undefined)[] = [];
    const { rerender } = render(<LengthField label="Latch height" value={48} optional onCommit={(v) => commits.push(v)} />);
    const input = screen.getByLabelText('Latch height');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(commits).toEqual([undefined]);
    rerender(<LengthField label="Sill height" value={24} onCommit={(v) => commits.push(v)} />);
    const sill = screen.getByLabelText('Sill height');
    fireEvent.change(sill, { target: { value: '' } });
    expect(screen.getByRole('alert').textContent).toMatch(/needed/);
  });

  it('refuses negative lengths unless they are allowed (an elevation below grade)', () => {
    render(<LengthField label="Width" value={36} onCommit={() => {}} />);
    fireEvent.change(screen.getByLabelText('Width'), { target: { value: `-3"` } });
    expect(screen.getByRole('alert').textContent).toMatch(/negative/);
  });
});

describe('a number field', () => {
  it('wants whole numbers where counts are asked for', () => {
    const commits: (number | undefined)[] = [];
    render(<NumberField label="Infants" value={undefined} optional integer min={0} onCommit={(v) => commits.push(v)} />);
    const input = screen.getByLabelText('Infants');
    fireEvent.change(input, { target: { value: '2.5' } });
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    fireEvent.change(input, { target: { value: '8' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(commits).toEqual([8]);
  });
});
