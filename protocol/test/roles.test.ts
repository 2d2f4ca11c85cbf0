import { describe, expect, it } from '@jest/globals';
import { DEFAULT_ROLES, parseDefaultRoles, parseRoleList, rolesFromClaims } from '../src/index.js';

describe('parseRoleList', () => {
  it('reads a comma-separated list, trimming blanks and repeats', () => {
    expect(parseRoleList(' viewer , admin,,viewer ')).toStrictEqual(['viewer', 'admin']);
  });

  it('means the defaults when the text is missing or blank', () => {
    expect(parseRoleList(undefined)).toStrictEqual([...DEFAULT_ROLES]);
    expect(parseRoleList('  ')).toStrictEqual([...DEFAULT_ROLES]);
  });

  it('refuses an unknown role by name', () => {
    expect(() => parseRoleList('viewer,speeker')).toThrow(/unknown role "speeker"/);
  });
});

describe('parseDefaultRoles', () => {
  it('is parseRoleList that refuses admin, for the media node and the functions alike', () => {
    expect(parseDefaultRoles(undefined)).toStrictEqual([...DEFAULT_ROLES]);
    expect(parseDefaultRoles('viewer')).toStrictEqual(['viewer']);
    expect(() => parseDefaultRoles('viewer,admin')).toThrow(/admin cannot be a default role/);
  });
});

describe('rolesFromClaims', () => {
  it('takes the roles claim when present, even an empty one', () => {
    expect(rolesFromClaims({ roles: ['admin'] }, ['viewer'])).toStrictEqual(['admin']);
    expect(rolesFromClaims({ roles: [] }, ['viewer'])).toStrictEqual([]);
  });

  it('falls back to the defaults without a roles claim', () => {
    expect(rolesFromClaims({ email: 'a@b.c' }, ['viewer'])).toStrictEqual(['viewer']);
  });

  it('grants nothing for a malformed claim and drops unknown names', () => {
    expect(rolesFromClaims({ roles: 'admin' }, ['viewer'])).toStrictEqual([]);
    expect(rolesFromClaims({ roles: ['root', 'speaker'] }, ['viewer'])).toStrictEqual(['speaker']);
  });
});
