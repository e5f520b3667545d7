/**
 * Presentation of figures as Vietnamese text writes them: `.` groups thousands, `,` marks
 * decimals. Shares are ROUNDED half up (the reference report truncates 8/151 to 5,2%; it is 5,3%).
 */

/** 8434 → "8.434" */
export function viNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int, frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${sign}${grouped},${frac}` : `${sign}${grouped}`;
}

/**
 * part/whole as a percentage with `decimals` digits, rounded half up, computed on integers so
 * no binary fraction decides a half. null when the whole is 0.
 */
export function roundedPercent(part: number, whole: number, decimals = 1): number | null {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || whole < 0) {
    throw new Error(`A share needs non-negative integer counts, got ${part}/${whole}`);
  }
  if (whole === 0) return null;
  const scale = 10 ** decimals;
  // round(part * 100 * scale / whole) half up, in integers: floor((2·p·100·scale + whole) / (2·whole))
  const scaled = Math.floor((2 * part * 100 * scale + whole) / (2 * whole));
  return scaled / scale;
}

/** "143/151 = 94,7%"; "0/0" when there is nothing to share. */
export function viShare(part: number, whole: number, decimals = 1): string {
  const pct = roundedPercent(part, whole, decimals);
  const head = `${viNumber(part)}/${viNumber(whole)}`;
  if (pct === null) return head;
  return `${head} = ${pct.toFixed(decimals).replace('.', ',')}%`;
}
