/** One parsed CSV row and the line it starts on (1-based), for messages that point at it. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV: commas, double-quoted fields with "" escapes, CRLF or LF line ends,
 * newlines inside quotes, a UTF-8 byte-order mark. Throws, naming the line, on a quote that never
 * closes or text right after a closing quote: a damaged file is refused, not half-read.
 */
export function parseCsv(text: string): CsvRow[] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ line: rowLine, cells });
    cells = [];
  };
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"' && cell === '') {
      // A quoted field: up to the quote not followed by another quote.
      const start = line;
      i++;
      for (;;) {
        if (i >= s.length) throw new Error(`a quoted field opened on line ${start} never closes`);
        const c = s[i]!;
        if (c === '"') {
          if (s[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        cell += c;
        i++;
      }
      const next = s[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        throw new Error(`line ${line} has text after a closing quote`);
      continue;
    }
    if (ch === ',') {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

/** A row with nothing in it (a blank line, or only commas). */
export const isBlank = (r: CsvRow) => r.cells.every((c) => c.trim() === '');

/** Header cells folded for comparison: "Connected On " → "connected on". */
export const headerKey = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
