import type { RowIssue } from '../errors';

/**
 * How deep an uploaded JSON file may nest: the list of events is level 1, each event level 2,
 * so an event's fields have thirty levels to spare. A chronology needs two or three; anything
 * deeper is a different kind of file (or an attempt to exhaust the server).
 */
export const MAX_JSON_DEPTH = 32;

export interface JsonScanResult {
  /** Why the file cannot be read as JSON at all (bad syntax, nested too deep), or null. */
  fatal: RowIssue | null;
  /** Keys written twice in one object: JSON.parse would silently keep only the last. */
  duplicates: RowIssue[];
}

interface Frame {
  kind: 'object' | 'array';
  /** The keys seen so far in an object. */
  keys: Set<string> | null;
  /** The key whose value is being read, in an object. */
  key: string | null;
  /** This array holds the events: a value that starts directly in it is the next item. */
  items: boolean;
}

const Ch = {
  Tab: 9,
  LineFeed: 10,
  Return: 13,
  Space: 32,
  Quote: 34,
  Comma: 44,
  Minus: 45,
  Colon: 58,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  OpenBrace: 123,
  CloseBrace: 125,
} as const;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * One pass over a JSON text, in time linear in its length and without recursion, that checks
 * what JSON.parse cannot tell us: a key written twice in one object (JSON.parse keeps the last
 * value and the first is lost without a word), nesting deeper than MAX_JSON_DEPTH, and where a
 * syntax error is, in terms a reader can find: line and character, and the item (event) and
 * field it is in. The events are the top-level array, or the array under a top-level "events"
 * key; item n is "row n", as elsewhere.
 *
 * It validates the whole grammar, so a text it accepts is one JSON.parse accepts too.
 */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScanResult {
  const n = text.length;
  const stack: Frame[] = [];
  const duplicates: RowIssue[] = [];
  let i = 0;
  let item = 0;
  // Index in `stack` of the events array, while inside it.
  let itemsAt = -1;
  let mode: 'value' | 'key' | 'after' = 'value';

  const where = () => {
    if (itemsAt < 0) return { row: null, column: null };
    const itemFrame = stack[itemsAt + 1];
    return { row: item, column: itemFrame?.kind === 'object' ? itemFrame.key : null };
  };
  const fatal = (code: string, problem: string, at = i): JsonScanResult => {
    const { row, column } = where();
    const { line, character } = position(text, at);
    const inItem =
      row === null ? '' : column === null ? ` (item ${row})` : ` (item ${row}, field "${column}")`;
    return {
      fatal: {
        row,
        column,
        code,
        message: `${code === 'json.too-deep' ? 'The file cannot be read' : 'The file is not valid JSON'}: line ${line}, character ${character}${inItem}: ${problem}`,
      },
      duplicates,
    };
  };

  for (;;) {
    i = skipSpace(text, i);
    if (mode === 'value') {
      if (i >= n) {
        return fatal(
          'json.syntax',
          stack.length === 0 ? 'the file holds no JSON.' : 'the file ends part way through.',
        );
      }
      const top = stack[stack.length - 1];
      if (top?.items) item += 1;
      const c = text.charCodeAt(i);
      if (c === Ch.OpenBrace || c === Ch.OpenBracket) {
        if (stack.length >= maxDepth) {
          return fatal(
            'json.too-deep',
            `the data is nested more than ${maxDepth} levels deep (lists or objects inside each other). An event is a flat set of fields: text, numbers, true/false or a list of text.`,
          );
        }
        const isObject = c === Ch.OpenBrace;
        // The events: the top-level array, or the array under the top-level "events" key.
        const items =
          !isObject &&
          (stack.length === 0 ||
            (stack.length === 1 && top?.kind === 'object' && top.key === 'events'));
        stack.push({
          kind: isObject ? 'object' : 'array',
          keys: isObject ? new Set() : null,
          key: null,
          items,
        });
        if (items) {
          itemsAt = stack.length - 1;
          item = 0;
        }
        i = skipSpace(text, i + 1);
        const close = isObject ? Ch.CloseBrace : Ch.CloseBracket;
        if (text.charCodeAt(i) === close) {
          i += 1;
          closeFrame();
          mode = 'after';
        } else {
          mode = isObject ? 'key' : 'value';
        }
        continue;
      }
      if (c === Ch.Quote) {
        const end = skipString(text, i);
        if (typeof end !== 'number') return fatal(end.code, end.problem, end.at);
        i = end;
        mode = 'after';
        continue;
      }
      const pattern = c === Ch.Minus || (c >= 48 && c <= 57) ? NUMBER : LITERAL;
      pattern.lastIndex = i;
      if (!pattern.test(text)) {
        return fatal(
          'json.syntax',
          `expected a value (text in "double quotes", a number, true, false, null, a list or an object) but found ${shown(text, i)}.`,
        );
      }
      i = pattern.lastIndex;
      mode = 'after';
      continue;
    }

    const top = stack[stack.length - 1];
    if (mode === 'key') {
      if (text.charCodeAt(i) !== Ch.Quote || !top) {
        return fatal(
          'json.syntax',
          `expected a field name in "double quotes" but found ${shown(text, i)}.`,
        );
      }
      const end = skipString(text, i);
      if (typeof end !== 'number') return fatal(end.code, end.problem, end.at);
      const raw = text.slice(i + 1, end - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
      i = end;
      if (top.keys?.has(key)) {
        top.key = key;
        duplicates.push(duplicateIssue(key, stack.length - 1, where()));
      }
      top.keys?.add(key);
      top.key = key;
      i = skipSpace(text, i);
      if (text.charCodeAt(i) !== Ch.Colon) {
        return fatal('json.syntax', `expected : after the field name "${key}".`);
      }
      i += 1;
      mode = 'value';
      continue;
    }

    // mode === 'after': a value has ended.
    if (!top) {
      if (i < n)
        return fatal('json.syntax', `unexpected ${shown(text, i)} after the end of the data.`);
      return { fatal: null, duplicates };
    }
    const c = text.charCodeAt(i);
    if (c === Ch.Comma) {
      i += 1;
      top.key = null;
      mode = top.kind === 'object' ? 'key' : 'value';
    } else if (c === (top.kind === 'object' ? Ch.CloseBrace : Ch.CloseBracket)) {
      i += 1;
      closeFrame();
    } else {
      return fatal(
        'json.syntax',
        i >= n
          ? 'the file ends part way through.'
          : top.kind === 'object'
            ? `expected , or } after a field's value but found ${shown(text, i)}.`
            : `expected , or ] after an entry in a list but found ${shown(text, i)}.`,
      );
    }
  }

  function closeFrame(): void {
    stack.pop();
    if (stack.length === itemsAt) itemsAt = -1;
  }

  function duplicateIssue(
    key: string,
    depth: number,
    at: { row: number | null; column: string | null },
  ): RowIssue {
    const inItem = itemsAt >= 0 && depth === itemsAt + 1;
    return {
      row: at.row,
      column: at.column,
      code: 'json.duplicate-key',
      message: inItem
        ? `Item ${at.row} has the field "${key}" twice; only one of its values could be kept. Remove or rename one of them.`
        : at.row !== null
          ? `Item ${at.row}: the field "${at.column ?? key}" holds the name "${key}" twice; only one of its values could be kept.`
          : `The file has the name "${key}" twice in the same object; only one of its values could be kept. Remove or rename one of them.`,
    };
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === Ch.Space || c === Ch.LineFeed || c === Ch.Return || c === Ch.Tab) i += 1;
    else return i;
  }
}

interface StringProblem {
  at: number;
  code: string;
  problem: string;
}

// What can end a run of plain characters inside a JSON string.
// eslint-disable-next-line no-control-regex
const STRING_SPECIAL = /["\\\u0000-\u001f]/g;

/** From an opening quote to just after its closing quote; or where and what is wrong. */
function skipString(text: string, start: number): number | StringProblem {
  let i = start + 1;
  for (;;) {
    // The regex engine skips the plain characters far faster than a loop over them.
    STRING_SPECIAL.lastIndex = i;
    const found = STRING_SPECIAL.exec(text);
    if (!found) {
      return {
        at: start,
        code: 'json.syntax',
        problem: 'text that starts here never ends: a closing " is missing.',
      };
    }
    const at = found.index;
    const c = text.charCodeAt(at);
    if (c === Ch.Quote) return at + 1;
    if (c === Ch.Backslash) {
      ESCAPE.lastIndex = at;
      if (!ESCAPE.test(text)) {
        const problem = `"\\${text.charAt(at + 1)}" is not an escape JSON allows inside text (write \\\\ for a backslash).`;
        return { at, code: 'json.syntax', problem };
      }
      i = ESCAPE.lastIndex;
      continue;
    }
    return c === Ch.LineFeed || c === Ch.Return
      ? {
          at,
          code: 'json.syntax',
          problem: 'a line break inside text: JSON writes it as \\n, or the closing " is missing.',
        }
      : {
          at,
          code: 'json.control-character',
          problem: `an invisible control character (code ${c}) inside text; remove it.`,
        };
  }
}

/** 1-based line and character of an offset, for people who open the file in an editor. */
function position(text: string, offset: number): { line: number; character: number } {
  let line = 1;
  let lineStart = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < offset; j = text.indexOf('\n', j + 1)) {
    line += 1;
    lineStart = j + 1;
  }
  return { line, character: offset - lineStart + 1 };
}

function shown(text: string, i: number): string {
  if (i >= text.length) return 'the end of the file';
  const c = text.charCodeAt(i);
  if (c < Ch.Space || c === 127) return `an invisible control character (code ${c})`;
  return `"${text.slice(i, i + 12).replace(/\s[\s\S]*$/, '')}"`;
}
