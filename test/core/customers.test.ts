import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerKey, customerName } from '../../src/core/customers.ts';

const same = (a: string, b: string) => expect(customerKey(a)).toBe(customerKey(b));

describe('customers', () => {
  describe('customerKey', () => {
    it('ignores case, width and extra spaces', () => expect(customerKey(' ＡＣＭＥ   Ltd ')).toBe('acme ltd'));
    it('gives non-text cells no key', () => expect(customerKey(true)).toBe(''));
    it('matches the spellings a table and a history sheet drift between', () => {
      same('ACME  Ltd', 'Acme Ltd');
      same('北京　科技', '北京 科技');
      same('Ａcme\tLtd', 'acme ltd');
      same('42', 42 as unknown as string);
      expect(customerKey('Acme Ltd')).not.toBe(customerKey('AcmeLtd'));
    });
    it('gives a displayed name the key of the cell it came from (property)', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.integer()), name => {
          expect(customerKey(customerName(name))).toBe(customerKey(name));
        }),
      );
    });
  });

  describe('customerName', () => {
    it('normalises width and spaces', () => {
      expect(customerName('  Ａｃｍｅ ')).toBe('Acme');
      expect(customerName(42)).toBe('42');
      expect(customerName(null)).toBe('');
    });
    it('keeps case and inner spaces as written', () => expect(customerName(' ACME  Ltd ')).toBe('ACME  Ltd'));
  });
});
