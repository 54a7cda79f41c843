/** Small conversions shared by the mappings. */

/** A field as a string (`''` for null and undefined). */
export const str = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** ATOM dates (`2020-05-12T17:40:55+02:00`) → ISO 8601 in UTC. */
export function isoDate(value: unknown, fallback = new Date(0).toISOString()): string {
  if (typeof value !== 'string' || value === '') return fallback;
  const time = Date.parse(value);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}
