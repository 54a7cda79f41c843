// Reads the `mappings` of a source map (version 3): enough to tell which source
// a generated position comes from, for the first-paint figure and the traces.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * The segments of each generated line, in column order:
 * `{ column, source, line, sourceColumn }`, with `source` -1 (and no line)
 * where a segment maps to nothing. Lines and columns are 0-based.
 */
export function decodeMappings(map) {
  let source = 0;
  let line = 0;
  let sourceColumn = 0;
  return map.mappings.split(';').map((text) => {
    let column = 0;
    const segments = [];
    for (const segment of text ? text.split(',') : []) {
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = BASE64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length < 4) {
        segments.push({ column, source: -1 });
        continue;
      }
      source += values[1];
      line += values[2];
      sourceColumn += values[3];
      segments.push({ column, source, line, sourceColumn });
    }
    return segments;
  });
}

/** The source position of a generated one (0-based), or undefined. */
export function originalPosition(lines, map, line, column) {
  let found;
  for (const segment of lines[line] ?? []) {
    if (segment.column > column) break;
    found = segment;
  }
  if (!found || found.source < 0) return undefined;
  return { source: map.sources[found.source], line: found.line, column: found.sourceColumn };
}
