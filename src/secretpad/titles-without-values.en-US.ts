import type { SecretPadCode } from './definitions';

/*
 * The kit's titles, in American English, for the SecretPad codes whose text holds `{0}` inside the sentence,
 * used when the server message gave no value: SecretPad sends its template unfilled where a call site passes
 * no argument (`USER_NOT_FOUND` at P2pDataInit), and versions before v0.4 used other texts for these codes.
 */
export const titlesWithoutValuesEnUS: Readonly<Partial<Record<SecretPadCode, string>>> = {
  202011600: 'Wrong user name or password',
  202011601: 'Wrong user name or password',
  202011603: 'Sign-in is locked; try again later',
  202011604: 'Password reset is locked; try again later',
};
