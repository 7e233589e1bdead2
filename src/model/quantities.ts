/**
 * Units carried in type names. The model speaks inches; feet and square feet appear only at the edges
 * (report text, JSON report fields named ...Ft / ...SqFt, UI labels).
 */
export type Inches = number;
export type SquareInches = number;
export type Feet = number;
export type SquareFeet = number;
export type Degrees = number;

export const INCHES_PER_FOOT = 12;
export const SQUARE_INCHES_PER_SQUARE_FOOT = 144;

export const toFeet = (inches: Inches): Feet => inches / INCHES_PER_FOOT;
export const toSquareFeet = (squareInches: SquareInches): SquareFeet => squareInches / SQUARE_INCHES_PER_SQUARE_FOOT;
export const feetToInches = (feet: Feet): Inches => feet * INCHES_PER_FOOT;
