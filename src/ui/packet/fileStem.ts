/** `sunny-days.json` → `sunny-days`: the stem of the packet's file names. */
export const fileStem = (fileName: string | null): string => (fileName ?? 'plan').replace(/\.json$/i, '') || 'plan';
