/*
 * The matcher behind the table-driven texts: the literal each regex is prefiltered and gated on (which
 * must occur in every text the regex matches, or a reader would silently never run), the spec syntax,
 * and the gate built from the tables.
 */
import { describe, expect, it } from 'vitest';
import { patternTable, readPatterns, requiredLiteral } from '../../../src/core/reason/patterns';
import { readKusciaReason } from '../../../src/core/reason';
import { phraseGate } from '../../../src/core/reason/triggers';
import { kubernetes } from '../../fixtures/reason/kubernetes';
import { kuscia } from '../../fixtures/reason/kuscia';
import { transport } from '../../fixtures/reason/transport';
import type { MessageFixture } from '../../fixtures/reason/types';
import { validation } from '../../fixtures/reason/validation';

describe('requiredLiteral', () => {
  it.each([
    [/domain (\S{1,253}) data source (\S{1,253}) doesn't exist/, " doesn't exist"],
    [/invalid datasource ?[Tt]ype:(\S{0,100})/, 'invalid datasource'],
    [/[Ff]ield "([^"\n]{0,100})" is invalid, invalid value: "/, '" is invalid, invalid value: "'],
    [/key\[([^\]\n]{0,253})\] already exist\b/, '] already exist'],
    [/request\.DomainID must be (\S{0,253})/, 'request.DomainID must be '],
    [/kuscia (lite|master) api not support/, ' api not support'],
    [/ab{0,3}cd/, 'cd'],
    [/abc+d/, 'abc'],
    [/(?:x|y)z/, 'z'],
  ])('%s → %j', (pattern, literal) => {
    expect(requiredLiteral(pattern.source)).toBe(literal);
  });

  it('gives nothing for a top-level alternation, which no single literal covers', () => {
    expect(requiredLiteral(/abc|abd/.source)).toBe('');
    expect(requiredLiteral(/(abc|abd)/.source)).toBe('');
  });
});

describe('patternTable and readPatterns', () => {
  const table = patternTable('fieldEnum', [
    [/colour (\w+) is not one of \[([^\]]*)\]/, 'field=colour value allowed,'],
    [/size (\w+) must be (\w+(?: or \w+)*)/, 'field=size value allowed|'],
    ['shape is wrong', 'field=shape rule=shape'],
    [/weight (\d+)/, ([, value]) => (value === '0' ? null : { field: 'weight', value })],
    [/weight (\d+) or more/, 'field=weight rule=fallback'],
  ]);

  it('takes groups in order, constants, and lists split at commas or at ` or `', () => {
    expect(readPatterns('colour red is not one of [blue, green]', [table])).toEqual({
      family: 'fieldEnum',
      field: 'colour',
      value: 'red',
      allowed: ['blue', 'green'],
    });
    expect(readPatterns('size XL must be S or M', [table])).toEqual({
      family: 'fieldEnum',
      field: 'size',
      value: 'XL',
      allowed: ['S', 'M'],
    });
    expect(readPatterns('the shape is wrong', [table])).toEqual({
      family: 'fieldEnum',
      field: 'shape',
      rule: 'shape',
    });
  });

  it('lets a function decline, so the next pattern tries', () => {
    expect(readPatterns('weight 3', [table])).toMatchObject({ field: 'weight', value: '3' });
    expect(readPatterns('weight 0 or more', [table])).toMatchObject({ rule: 'fallback' });
    expect(readPatterns('nothing here', [table])).toBeNull();
  });

  it('builds a gate that passes exactly the texts holding a phrase or matching a pattern', () => {
    const gate = phraseGate([table], ['Timeout: ', '(literal)']);
    expect(gate('a Timeout: x')).toBe(true);
    expect(gate('a (literal) b')).toBe(true);
    expect(gate('size XL must be S')).toBe(true);
    expect(gate('colour red')).toBe(false);
    expect(gate('literal')).toBe(false);
  });
});

describe('the gate lets every recognised text through', () => {
  const fixtures: MessageFixture[] = [
    ...Object.values(kubernetes),
    ...Object.values(kuscia),
    ...Object.values(transport),
    ...Object.values(validation),
  ].filter(({ code }) => code !== null && ![11101, 12101, 11103].includes(code));

  // Under a code that is not a validation code, every reader after the Kubernetes status readers runs
  // only behind the gate: a text whose phrase the gate missed would read as null here.
  it.each(fixtures.map((fixture) => [fixture.message, fixture.code] as const))(
    '%s',
    (message, code) => {
      const reason = readKusciaReason(message, 13100);
      expect(reason).not.toBeNull();
      // `;`-joined validation texts are split only under their own codes.
      if (!message.includes(';')) {
        expect(reason?.family).toBe(readKusciaReason(message, code)?.family);
      }
    },
  );
});
