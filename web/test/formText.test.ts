import { describe, expect, it } from '@jest/globals';
import { formText } from '../src/ui/dom.js';

describe('formText', () => {
  it('reads a text field as it is', () => {
    const data = new FormData();
    data.set('email', ' alice@example.com ');
    expect(formText(data, 'email')).toBe(' alice@example.com ');
  });

  it('reads a missing field, or one holding a file, as empty rather than "null" or "[object File]"', () => {
    const data = new FormData();
    data.set('uid', new File(['x'], 'uid.txt'));
    expect(formText(data, 'uid')).toBe('');
    expect(formText(data, 'password')).toBe('');
  });
});
