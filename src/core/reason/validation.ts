import { FIELD_ENUM, FIELD_FORMAT, FIELD_RANGE } from './field-rules';
import { readFieldRequired } from './field-required';
import { readPatterns } from './patterns';
import type { KusciaErrorReason } from './types';

/*
 * Kuscia's field validation texts. On the framework path (11100 from a handler's `Validate()`, 12100 on
 * Kuscia v0.4-v0.9) and for ConfManager's 2000, several texts are joined by `;` with no space
 * (`pkg/web/errorcode/errs.go`); nowhere else is `;` a separator (the Kubernetes conflict text and job
 * aggregates contain it as text).
 */

/** The field tables, in the order they are tried (before the "required" texts). */
export const FIELD_TABLES = [FIELD_FORMAT, FIELD_ENUM, FIELD_RANGE];
/** Most `;`-joined texts read; validators report a handful. */
const MAX_PARTS = 20;

function readOne(text: string): KusciaErrorReason | null {
  return readPatterns(text, FIELD_TABLES) ?? readFieldRequired(text);
}

/**
 * A field-level reason. With `splitJoined`, a `;`-joined text whose every part is a field text becomes
 * one reason: the first part's family and parameters, with every part's causes in `fields`.
 */
export function readFieldReason(text: string, splitJoined: boolean): KusciaErrorReason | null {
  if (splitJoined && text.includes(';')) {
    const parts = text
      .split(';', MAX_PARTS + 1)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    if (parts.length > 1 && parts.length <= MAX_PARTS) {
      const reasons = parts.map(readOne);
      const read = reasons.filter((reason): reason is KusciaErrorReason => reason !== null);
      const [first] = read;
      if (first && read.length === reasons.length) {
        return { ...first, fields: read.flatMap((reason) => reason.fields ?? []) };
      }
    }
  }
  return readOne(text);
}
