import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKusciaErrorDefinition, kusciaErrorCodes } from '../../src/core/codes';
import { zhCN } from '../../src/locales/zh-CN/index';

/*
 * Drift checks against two upstream sources, both copied into test/fixtures so the tests never reach outside
 * the repository:
 * - kuscia-error-codes.zh-CN.md: Kuscia's published error-code document (54 codes);
 * - kuscia-error-codes.enum.txt: `enum ErrorCode` of Kuscia's error_code.proto (108 codes besides SUCCESS).
 */

const read = (name: string): string =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

interface DocRow {
  readonly code: number;
  readonly description: string;
  readonly resolution: string;
}

function parseDocTable(markdown: string): DocRow[] {
  const rows: DocRow[] = [];
  let header: string[] | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    if (!line.trim().startsWith('|')) continue;
    const cells = line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((cell) => cell.trim());
    if (header === undefined) {
      header = cells;
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    const [code, description, resolution] = cells;
    if (
      cells.length !== 3 ||
      code === undefined ||
      description === undefined ||
      resolution === undefined
    ) {
      throw new Error(`Unexpected doc row: ${line}`);
    }
    if (!/^\d+$/.test(code)) throw new Error(`Unexpected code cell: ${line}`);
    rows.push({ code: Number(code), description, resolution });
  }
  expect(header).toEqual(['错误码', '描述', '解决方案']);
  return rows;
}

interface EnumEntry {
  readonly name: string;
  readonly code: number;
}

function parseEnum(text: string): EnumEntry[] {
  const entries: EnumEntry[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z][A-Za-z0-9_]*) = (\d+)$/.exec(line);
    if (match === null) throw new Error(`Unexpected enum line: ${raw}`);
    entries.push({ name: match[1]!, code: Number(match[2]) });
  }
  return entries;
}

const docRows = parseDocTable(read('kuscia-error-codes.zh-CN.md'));
const enumText = read('kuscia-error-codes.enum.txt');
const enumEntries = parseEnum(enumText);

describe("Kuscia's error-code document", () => {
  it('lists 54 distinct codes', () => {
    expect(docRows).toHaveLength(54);
    expect(new Set(docRows.map((row) => row.code)).size).toBe(54);
  });

  it('has every code in the table, marked documented', () => {
    for (const row of docRows) {
      const definition = getKusciaErrorDefinition(row.code);
      expect(definition, `code ${row.code}`).toBeDefined();
      expect(definition?.documented, `code ${row.code}`).toBe(true);
    }
  });

  it('is exactly the set of documented codes in the table', () => {
    const documented = kusciaErrorCodes
      .filter((definition) => definition.documented)
      .map((d) => d.code);
    expect(documented).toHaveLength(54);
    expect([...documented].sort((a, b) => a - b)).toEqual(
      docRows.map((row) => row.code).sort((a, b) => a - b),
    );
  });

  it.each(docRows.map((row) => [row.code, row] as const))(
    'zh-CN text of %i is the doc text, character for character',
    (code, row) => {
      const text = zhCN.codes[code as keyof typeof zhCN.codes];
      expect(text.title).toBe(row.description);
      expect(text.resolution).toBe(row.resolution);
    },
  );

  it('keeps the retired 11907 with the meaning of 11807', () => {
    expect(getKusciaErrorDefinition(11907)?.supersededBy).toBe(11807);
    expect(zhCN.codes[11907].title).toBe(zhCN.codes[11807].title);
  });
});

describe("Kuscia's enum ErrorCode (error_code.proto)", () => {
  it('names its source on the first line', () => {
    expect(enumText.split(/\r?\n/)[0]).toBe(
      '# source: secretflow/kuscia proto/api/v1alpha1/errorcode/error_code.proto (v1.1.0b0)',
    );
  });

  it('holds 108 distinct codes and names, without SUCCESS', () => {
    expect(enumEntries).toHaveLength(108);
    expect(new Set(enumEntries.map((entry) => entry.code)).size).toBe(108);
    expect(new Set(enumEntries.map((entry) => entry.name)).size).toBe(108);
    expect(enumEntries.some((entry) => entry.code === 0 || entry.name === 'SUCCESS')).toBe(false);
  });

  it.each(enumEntries.map((entry) => [entry.code, entry.name] as const))(
    '%i is in the table with the key %s',
    (code, name) => {
      expect(getKusciaErrorDefinition(code)?.key).toBe(name);
    },
  );

  it('has every table code except the retired 11907', () => {
    const enumCodes = new Set(enumEntries.map((entry) => entry.code));
    const missing = kusciaErrorCodes.map((d) => d.code).filter((code) => !enumCodes.has(code));
    expect(missing).toEqual([11907]);
    expect(kusciaErrorCodes).toHaveLength(109);
  });
});
