import { DEFAULT_ITEM_SIZE, isDevice, isPermanentSleeping, itemSize, usedByChildren } from '../../model/defaults.ts';
import { FIXTURE_ITEMS, SLEEPING_ITEMS, type Item } from '../../model/schema.ts';
import { formatLength } from '../../model/units.ts';
import { ITEM_TYPE_CHOICES } from './choices.ts';
import { CheckField, LengthField, NumberField, SelectField, TriStateField } from './fields.tsx';
import type { Update } from './types.ts';

interface Props {
  readonly item: Item;
  readonly update: Update<Item>;
}

const has = (list: readonly string[], t: string) => list.includes(t);

export function ItemProperties({ item, update }: Props) {
  const device = isDevice(item.type);
  const defaults = DEFAULT_ITEM_SIZE[item.type as keyof typeof DEFAULT_ITEM_SIZE] as readonly [number, number] | undefined;
  const size = itemSize(item);
  const setSize = (i: 0 | 1) => (v: number | undefined) => {
    if (v === undefined) {
      // Blank: back to the default size, when both sides are blank (the format takes a size as a pair).
      return update({ size: undefined });
    }
    const next: [number, number] = [size?.[0] ?? v, size?.[1] ?? v];
    next[i] = v;
    update({ size: next });
  };
  const sleeping = has(SLEEPING_ITEMS, item.type);
  const furniture = item.type === 'shelving' || item.type === 'furniture' || item.type === 'table';
  return (
    <>
      <SelectField label="Type" value={item.type} choices={ITEM_TYPE_CHOICES} onChange={(type) => type && update({ type })} />
      <LengthField label="Width" value={item.size?.[0]} optional min={0.01} placeholder={defaults ? `${formatLength(defaults[0])} (default)` : device ? 'Not needed for a device' : ''} onCommit={setSize(0)} testId="item-width" />
      <LengthField label="Depth" value={item.size?.[1]} optional min={0.01} placeholder={defaults ? `${formatLength(defaults[1])} (default)` : ''} onCommit={setSize(1)} testId="item-depth" />
      {!device ? <NumberField label="Rotation (degrees)" value={item.rotation} optional min={-360} max={360} placeholder="0" onCommit={(rotation) => update({ rotation: rotation || undefined })} help="Q and E turn it 15° on the plan (Shift: 90°)." /> : null}
      {furniture ? (
        <TriStateField label="Used by children" value={item.usedByChildren} defaultValue={usedByChildren({ ...item, usedByChildren: undefined })} onChange={(v) => update({ usedByChildren: v })} help="Furniture not used by children is deducted from usable space." />
      ) : null}
      {sleeping ? (
        <>
          <TriStateField label="Left in place for napping" value={item.permanent} defaultValue={isPermanentSleeping({ ...item, permanent: undefined })} onChange={(v) => update({ permanent: v })} />
          <CheckField label="Stack crib or upper bunk" checked={item.stacked ?? false} onChange={(on) => update({ stacked: on || undefined })} />
        </>
      ) : null}
      {item.type === 'indoor-climber' || item.type === 'partition' ? (
        <LengthField label="Height" value={item.height} optional placeholder="Not given" onCommit={(height) => update({ height })} />
      ) : null}
      {item.type === 'indoor-climber' ? <CheckField label="Resilient mat under it" checked={item.mat ?? false} onChange={(on) => update({ mat: on || undefined })} /> : null}
      {has(FIXTURE_ITEMS, item.type) ? <CheckField label="Burns fuel (gas, oil, wood)" checked={item.fuel ?? false} onChange={(on) => update({ fuel: on || undefined })} /> : null}
    </>
  );
}
