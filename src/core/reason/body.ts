import { lastSegment, makeReason, matchAt } from './text';
import type { KusciaErrorReason } from './types';

/*
 * The request body could not be decoded (11101; 12101 on Kuscia v0.4-v0.9). KusciaAPI reports Go
 * `encoding/json`'s error of its second decoding attempt (MESSAGES.md §1.3).
 */

const EOF_TEXTS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'EOF',
  'unexpected EOF',
  'unexpected end of JSON input',
]);
const INVALID_CHARACTER = /invalid character '(.{1,6}?)' ([^\n;]{1,120})/y;
const STRUCT_FIELD =
  /json: cannot unmarshal (\S{1,40}) into Go struct field ([A-Za-z_]\w{0,100})\.(\S{1,200}) of type (\S{1,100})/y;
const GO_VALUE = /json: cannot unmarshal (\S{1,40}) into Go value of type (\S{1,100})/y;
const UNKNOWN_FIELD = /json: unknown field "([^"\n]{0,200})"/y;

/**
 * Reads a decoder error. `bodyCode` says the code is 11101 / 12101: then the decoder text may sit behind
 * a prefix, and a bare `EOF` counts. Without a code only a decoder text that is the whole message
 * counts, and never `EOF`: that is also a transport tail, and Kuscia decodes other JSON too (`unmarshal
 * data source info failed, invalid character …` is not the request body).
 */
export function readMalformedBody(text: string, bodyCode: boolean): KusciaErrorReason | null {
  if (text.includes('doBizProcess panic')) return null;
  const json = text.indexOf('json: ');
  if (json === 0 || (bodyCode && json > 0)) {
    const field = matchAt(STRUCT_FIELD, text, json);
    if (field) {
      const [, jsonType, goStruct, name, goType] = field;
      return makeReason('malformedBody', { rule: 'type', jsonType, goStruct, field: name, goType });
    }
    const value = matchAt(GO_VALUE, text, json);
    if (value)
      return makeReason('malformedBody', { rule: 'type', jsonType: value[1], goType: value[2] });
    const unknown = matchAt(UNKNOWN_FIELD, text, json);
    if (unknown) return makeReason('malformedBody', { rule: 'unknownField', field: unknown[1] });
  }
  const at = text.indexOf("invalid character '");
  if (at === 0 || (bodyCode && at > 0)) {
    const character = matchAt(INVALID_CHARACTER, text, at);
    if (character) {
      return makeReason('malformedBody', {
        rule: 'syntax',
        char: character[1],
        where: character[2],
      });
    }
  }
  if (bodyCode && EOF_TEXTS.has(lastSegment(text)))
    return makeReason('malformedBody', { rule: 'eof' });
  return null;
}
