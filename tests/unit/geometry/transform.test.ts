import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { distance } from '../../../src/geometry/segments.ts';
import {
  cosSinDeg,
  rotateMultiPolygon,
  rotatePoint,
  rotatePolygon,
  rotateRing,
  translateMultiPolygon,
  translatePoint,
  translatePolygon,
  translateRing,
} from '../../../src/geometry/transform.ts';
import { convexArb, pointArb } from './arbitraries.ts';

describe('translate', () => {
  it('moves points, rings, polygons and multipolygons', () => {
    expect(translatePoint([1, 2], 3, -4)).toEqual([4, -2]);
    expect(translateRing([[0, 0], [1, 0], [1, 1]], 1, 1)).toEqual([[1, 1], [2, 1], [2, 2]]);
    expect(translatePolygon([[[0, 0], [1, 0], [1, 1]]], 0, 2)).toEqual([[[0, 2], [1, 2], [1, 3]]]);
    expect(translateMultiPolygon([[[[0, 0], [1, 0], [1, 1]]]], 2, 0)).toEqual([[[[2, 0], [3, 0], [3, 1]]]]);
  });
});

describe('rotate', () => {
  it('turns clockwise on screen: east goes to south (+y) for +90°', () => {
    expect(rotatePoint([1, 0], 90)).toEqual([0, 1]);
    expect(rotatePoint([0, 1], 90)).toEqual([-1, 0]);
    expect(rotatePoint([1, 0], -90)).toEqual([0, -1]);
  });

  it('is exact for quarter turns, about any centre', () => {
    expect(rotatePoint([12.5, 3], 180, [10, 10])).toEqual([7.5, 17]);
    expect(rotatePoint([12.5, 3], 270, [10, 10])).toEqual([3, 7.5]);
    expect(rotatePoint([12.5, 3], 450, [10, 10])).toEqual(rotatePoint([12.5, 3], 90, [10, 10]));
    expect(rotatePoint([12.5, 3], -360, [10, 10])).toEqual([12.5, 3]);
    expect(cosSinDeg(90)).toEqual([0, 1]);
  });

  it('handles arbitrary angles', () => {
    const [x, y] = rotatePoint([1, 0], 30);
    expect(x).toBeCloseTo(Math.sqrt(3) / 2, 15);
    expect(y).toBeCloseTo(0.5, 15);
  });

  it('rotates rings, polygons and multipolygons vertex by vertex', () => {
    const ring = [[1, 0], [2, 0], [2, 1]] as const;
    expect(rotateRing(ring, 90)).toEqual([[0, 1], [0, 2], [-1, 2]]);
    expect(rotatePolygon([ring], 90)).toEqual([rotateRing(ring, 90)]);
    expect(rotateMultiPolygon([[ring]], 90, [1, 0])).toEqual([[rotateRing(ring, 90, [1, 0])]]);
  });

  it('preserves distances and undoes itself', () => {
    fc.assert(
      fc.property(pointArb(), pointArb(), pointArb(), fc.double({ min: -360, max: 360, noNaN: true }), (p, q, about, deg) => {
        const rp = rotatePoint(p, deg, about);
        const rq = rotatePoint(q, deg, about);
        expect(Math.abs(distance(rp, rq) - distance(p, q))).toBeLessThan(1e-8);
        const back = rotatePoint(rp, -deg, about);
        expect(distance(back, p)).toBeLessThan(1e-8);
      }),
    );
  });

  it('keeps a polygon congruent', () => {
    fc.assert(
      fc.property(convexArb(), fc.double({ min: 0, max: 360, noNaN: true }), (ring, deg) => {
        const turned = rotateRing(ring, deg, [2000, 2000]);
        for (let i = 0; i < ring.length; i++) {
          const j = (i + 1) % ring.length;
          expect(Math.abs(distance(turned[i]!, turned[j]!) - distance(ring[i]!, ring[j]!))).toBeLessThan(1e-8);
        }
      }),
    );
  });
});
