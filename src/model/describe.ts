import type { Point } from '../geometry/types.ts';

const round = (n: number) => Math.round(n * 10) / 10;
/** A plan point in messages: inches, one decimal at most. */
export const formatPoint = (p: Point): string => `(${round(p[0])}, ${round(p[1])})`;
