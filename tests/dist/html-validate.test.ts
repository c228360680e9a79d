// Every built page passes html-validate with its recommended rules (.htmlvalidate.mjs lists the exceptions).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esmResolver, formatterFactory, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { assertBuilt, distDir } from '../support/dist.ts';

assertBuilt();
// The project's configuration for every file, wherever the build is (OUT_DIR may be outside the project).
const configFile = fileURLToPath(new URL('../../.htmlvalidate.mjs', import.meta.url));
const htmlvalidate = new HtmlValidate(new StaticConfigLoader([esmResolver()], { root: true, extends: [configFile] }));
const format = formatterFactory('text');
const pages = listBuiltPages(distDir);

describe('html-validate', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s is valid', async (_file, page) => {
    const report = await htmlvalidate.validateFile(join(distDir, page.file));
    expect(report.valid, format(report.results)).toBe(true);
  });

  it('uses the project configuration, which rejects invalid markup', async () => {
    const report = await htmlvalidate.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</div></p></body></html>',
      join(distDir, 'probe.html'),
    );
    expect(report.valid).toBe(false);
    expect(report.results[0]?.messages.map((message) => message.ruleId)).toContain('no-dup-id');
  });

  it('requires a submit button on forms that can submit, not on a live filter', async () => {
    const page = (form: string): string =>
      `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main>${form}</main></body></html>`;
    const rules = async (form: string): Promise<string[]> =>
      (await htmlvalidate.validateString(page(form), join(distDir, 'probe.html'))).results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(await rules('<form action="/search/"><label>Q <input type="search" name="q"></label></form>')).toContain('atlas/form-submit');
    expect(await rules('<form><label>Q <input type="search" name="q"></label></form>')).toContain('atlas/form-submit');
    expect(await rules('<form action="/search/"><label>Q <input type="search" name="q"></label><button type="submit">Search</button></form>')).toEqual([]);
    expect(await rules('<form aria-label="Filter"><label>Status <select name="s"><option>All</option></select></label><button type="reset">Clear</button></form>')).toEqual([]);
  });
});
