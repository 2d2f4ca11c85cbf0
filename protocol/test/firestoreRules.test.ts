import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_ROLES, RoleSchema, ROLES_CLAIM } from '../src/index.js';

// firestore.rules cannot import the protocol: what it hard-codes of it is read from its text here.
const rules = readFileSync(path.resolve(import.meta.dirname, '../../firestore.rules'), 'utf8');

function quoted(list: string): string[] {
  return list.split(',').map((item) => item.trim().replace(/^'|'$/g, ''));
}

describe('firestore.rules agrees with the protocol', () => {
  it('gives tokens without a claim DEFAULT_ROLES, as the functions and the media node do', () => {
    const body = /function defaultRoles\(\) \{\s*return \[([^\]]*)\];/.exec(rules);
    expect(body).not.toBeNull();
    expect(quoted(body![1]!)).toStrictEqual([...DEFAULT_ROLES]);
  });

  it('reads the roles from the ROLES_CLAIM claim', () => {
    expect(/request\.auth\.token\.get\('([^']*)', defaultRoles\(\)\)/.exec(rules)?.[1]).toBe(ROLES_CLAIM);
  });

  it('names only roles the protocol has', () => {
    const named = [...rules.matchAll(/(?:hasRole\(|role == )'([^']*)'/g)].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    for (const role of named) expect(RoleSchema.options).toContain(role);
  });
});
