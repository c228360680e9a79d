import { describe, expect, it } from 'vitest';
import { checkLicense, licenseFamily, type LicenseFamily } from '../../src/lib/catalog/license.ts';

describe('licenseFamily', () => {
  const cases: Array<[string, LicenseFamily]> = [
    ['Apache-2.0', 'permissive'],
    ['MIT', 'permissive'],
    ['BSD-2-Clause', 'permissive'],
    ['BSD-3-Clause', 'permissive'],
    ['Zlib', 'permissive'],
    ['MPL-2.0', 'copyleft'],
    ['GPL-3.0-only', 'copyleft'],
    ['GPL-3.0-or-later', 'copyleft'],
    ['AGPL-3.0-only', 'copyleft'],
    ['GPL-2.0-or-later AND LGPL-2.1-only', 'copyleft'],
    ['GPL-2.0-or-later AND LGPL-2.1-or-later', 'copyleft'],
    ['BUSL-1.1', 'source-available'],
    ['Apache-2.0 OR MIT', 'permissive'],
    ['MIT OR GPL-3.0-only', 'permissive'],
    ['MIT AND BUSL-1.1', 'source-available'],
    ['proprietary', 'proprietary'],
    ['unknown', 'unknown'],
  ];
  it.each(cases)('%s is %s', (license, family) => {
    expect(licenseFamily(license)).toBe(family);
  });
});

describe('checkLicense', () => {
  it('refuses an SPDX id that has no licence family yet', () => {
    expect(checkLicense('CC-BY-4.0')).toEqual({
      ok: false,
      message: '"CC-BY-4.0" has no licence family yet',
      hint: 'add it to PERMISSIVE, COPYLEFT or SOURCE_AVAILABLE in src/lib/catalog/license.ts, so that filters and statistics can place it',
    });
  });

  it('accepts SPDX expressions and the two keywords', () => {
    expect(checkLicense('GPL-2.0-only WITH Classpath-exception-2.0')).toEqual({ ok: true, ids: ['GPL-2.0-only'] });
    expect(checkLicense('proprietary').ok).toBe(true);
  });

  it('rejects deprecated ids with the current ones as a hint', () => {
    expect(checkLicense('GPL-3.0')).toEqual({
      ok: false,
      message: '"GPL-3.0" is a deprecated SPDX id',
      hint: 'write `GPL-3.0-only` or `GPL-3.0-or-later`',
    });
  });

  it('rejects names that are not SPDX', () => {
    expect(checkLicense('Apache 2').ok).toBe(false);
    expect(checkLicense('Foo-1.0')).toMatchObject({ ok: false, message: '"Foo-1.0" is not an SPDX licence expression' });
  });
});
