/**
 * Numbers for people: thousands grouped, a fixed number of decimals ("1,820.5"). One cached Intl formatter per
 * style — `toLocaleString` builds a new one on every call, which made message text the slowest part of a check.
 */
const formatters = new Map<string, Intl.NumberFormat>();

export function groupedNumber(n: number, minDecimals = 0, maxDecimals = minDecimals): string {
  const key = `${minDecimals}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals })));
  return f.format(n);
}
