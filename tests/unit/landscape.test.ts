// CNCF landscape data, read and matched: the pure logic behind `npm run landscape` and `npm run coverage`,
// on a small fixture of our own in landscape.yml's shape (tests/fixtures/landscape/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changesMarkdown, cncfChanges, formatChange } from '../../src/lib/cncf/changes.ts';
import { CNCF_FACET_LABELS, cncfFacet, cncfSteps } from '../../src/lib/cncf/facts.ts';
import { coverageReport, coverageSummary } from '../../src/lib/cncf/coverage-report.ts';
import { LandscapeError, parseLandscape, type LandscapeProject } from '../../src/lib/cncf/read-landscape.ts';
import { cncfRecords, matchProjects, projectNameKeys, repositoryKey, type CatalogTool } from '../../src/lib/cncf/match.ts';
import { parseOutOfScope } from '../../src/lib/cncf/out-of-scope-list.ts';
import { cncfFileSchema, type CncfFile } from '../../src/schemas/cncf.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/landscape/${name}`, import.meta.url), 'utf8');
const projects = parseLandscape(fixture('landscape.yml'), 'landscape.yml');
const project = (name: string): LandscapeProject => projects.find((candidate) => candidate.name === name)!;

/** Throws the parser's error, so its place and message can be compared. */
function parseError(text: string, file = 'landscape.yml'): LandscapeError {
  try {
    parseLandscape(text, file);
  } catch (error) {
    if (error instanceof LandscapeError) return error;
    throw error;
  }
  throw new Error('expected a LandscapeError');
}

const tool = (id: string, fields: Partial<CatalogTool> = {}): CatalogTool => ({ id, name: id, aliases: [], ...fields });

describe('parseLandscape', () => {
  it('reads the CNCF projects only, each once, with maturity and dates', () => {
    expect(projects.map((item) => item.name)).toEqual([
      'Corral',
      'Drifter',
      'Meshlet',
      'Tunnelbore',
      'Specdoc',
      'Nameonly',
      'Harbourmaster (HBM)',
      'Porterhouse',
      'Ledgerdb',
      'Newcomer',
    ]);
    expect(project('Corral')).toEqual({
      name: 'Corral',
      maturity: 'graduated',
      repository: 'https://github.com/corral-io/corral',
      otherRepositories: [],
      homepage: 'https://corral.example.org/',
      accepted: '2019-02-01',
      incubating: '2019-02-01',
      graduated: '2021-06-30',
      paths: ['Runtime / Container Runtime'],
      line: 11,
    });
    expect(project('Tunnelbore')).toMatchObject({ maturity: 'archived', accepted: '2018-05-01', archived: '2024-11-20' });
  });

  it('ignores fields it does not use, at every level (logo, twitter, audits, summary_*, description, enduser)', () => {
    expect(Object.keys(project('Corral')).sort()).toEqual(
      ['accepted', 'graduated', 'homepage', 'incubating', 'line', 'maturity', 'name', 'otherRepositories', 'paths', 'repository'].sort(),
    );
  });

  it('skips items that are not CNCF projects without reading them, and reads a numeric place name', () => {
    const text = [
      'landscape:',
      '  - category:',
      '    name: 2048',
      '    subcategories:',
      '      - subcategory:',
      '        name: Tools',
      '        items:',
      '          - item:',
      '            logo: nameless.svg',
      '          - item:',
      '            name: Solo',
      '            project: sandbox',
      '',
    ].join('\n');
    expect(parseLandscape(text, 'landscape.yml')).toEqual([
      { name: 'Solo', maturity: 'sandbox', otherRepositories: [], paths: ['2048 / Tools'], line: 10 },
    ]);
  });

  it('keeps a project listed in two subcategories once, with both places and its second_path', () => {
    expect(projects.filter((item) => item.name === 'Meshlet')).toHaveLength(1);
    expect(project('Meshlet').paths).toEqual([
      'Runtime / Cloud Native Network',
      'Wasm / Networking',
      'Orchestration & Management / Service Mesh',
    ]);
    // The first item gives the facts; the second listing repeats less of them.
    expect(project('Meshlet')).toMatchObject({ incubating: '2023-03-01', line: 44 });
  });

  it('reads an item without a repository', () => {
    expect(project('Nameonly')).not.toHaveProperty('repository');
    expect(project('Nameonly')).toMatchObject({ maturity: 'sandbox', homepage: 'https://nameonly.example.org/' });
  });

  it('answers malformed YAML with one line naming file:line:column', () => {
    const error = parseError(fixture('bad-yaml.yml'), 'tests/fixtures/landscape/bad-yaml.yml');
    expect(error.message).toBe(
      'tests/fixtures/landscape/bad-yaml.yml:5:7: not valid YAML: Block collections are not allowed within flow collections',
    );
    expect(error.message).not.toContain('\n');
  });

  it('answers a wrong shape at the offending value', () => {
    expect(parseError(fixture('wrong-shape.yml')).message).toBe(
      'landscape.yml:57:22: `project` "retired" must be one of sandbox, incubating, graduated, archived (at landscape[0].subcategories[1].items[1].project)',
    );
    expect(parseError(fixture('bad-date.yml')).message).toBe(
      'landscape.yml:21:26: `graduated` "30/06/2021" must be a date written YYYY-MM-DD (at landscape[0].subcategories[0].items[0].extra.graduated)',
    );
    expect(parseError('landscape:\n  - category:\n    subcategories: []\n').message).toBe(
      'landscape.yml:2:5: `name` is required (at landscape[0].name)',
    );
    expect(parseError('items: []\n').message).toBe('landscape.yml:1:1: `landscape` is required (at landscape)');
    expect(parseError('').message).toBe('landscape.yml:1:1: must be a mapping (at the top level)');
    expect(parseError('landscape: {}\n').message).toBe('landscape.yml:1:12: `landscape` must be a list (at landscape)');
  });
});

describe('repositoryKey and projectNameKeys', () => {
  it.each([
    ['https://github.com/Corral-io/corral.git/', 'github.com/corral-io/corral'],
    ['https://www.github.com/corral-io/corral/tree/main/docs', 'github.com/corral-io/corral'],
    ['http://github.com/corral-io/corral', 'github.com/corral-io/corral'],
    ['https://gitlab.com/group/sub/project/-/tree/main', 'gitlab.com/group/sub/project'],
  ])('%s → %s', (url, key) => {
    expect(repositoryKey(url)).toBe(key);
  });

  it('gives no key for an organisation page or text that is not a URL', () => {
    expect(repositoryKey('https://github.com/open-telemetry')).toBeUndefined();
    expect(repositoryKey('not a url')).toBeUndefined();
  });

  it('reads a name with its abbreviation in brackets as three names', () => {
    expect(projectNameKeys('Open Policy Agent (OPA)')).toEqual(['open policy agent (opa)', 'open policy agent', 'opa']);
    expect(projectNameKeys('  Kubé  Thing ')).toEqual(['kube thing']);
  });
});

describe('matchProjects', () => {
  const tools: CatalogTool[] = [
    tool('corral', { name: 'Corral', repository: 'https://github.com/Corral-io/corral.git/' }),
    // Moved organisation: the entry still names the old place, the host reports the new one.
    tool('drifter', { name: 'Drifter', repository: 'https://github.com/drifter/drifter', hostRepository: 'drifter-dev/drifter' }),
    tool('meshlet', { name: 'Meshlet', repository: 'https://github.com/meshlet/meshlet' }),
    tool('specdoc-collector', { name: 'Specdoc Collector', repository: 'https://github.com/specdoc/collector', cncfProject: 'Specdoc' }),
    tool('nameonly', { name: 'NameOnly', website: 'https://www.nameonly.example.org' }),
    tool('harbour-master', { name: 'Harbour Master', aliases: ['HBM'], repository: 'https://github.com/harbourmaster/hbm-cli' }),
    tool('porterhouse', {
      name: 'Porterhouse',
      website: 'https://porterhouse.run',
      repository: 'https://github.com/porterhouse-paas/porterhouse',
    }),
    tool('unrelated', { name: 'Unrelated', repository: 'https://github.com/unrelated/unrelated' }),
  ];
  const result = matchProjects(projects, tools);
  const tie = (id: string): [string, string] | undefined => {
    const match = result.matches.find((candidate) => candidate.toolId === id);
    return match ? [match.project.name, match.by] : undefined;
  };

  it('ties by repository, normalised, and through the repository the host reports after a move', () => {
    expect(tie('corral')).toEqual(['Corral', 'repository']);
    expect(tie('drifter')).toEqual(['Drifter', 'repository']);
    expect(tie('meshlet')).toEqual(['Meshlet', 'repository']);
  });

  it('ties by the explicit cncfProject where the landscape names a community repository', () => {
    expect(tie('specdoc-collector')).toEqual(['Specdoc', 'cncfProject']);
  });

  it('ties by name or alias, case-folded, when the website or the repository owner agrees', () => {
    expect(tie('nameonly')).toEqual(['Nameonly', 'name']);
    expect(tie('harbour-master')).toEqual(['Harbourmaster (HBM)', 'name']);
  });

  it('leaves a name alone that nothing else backs, and says so', () => {
    expect(tie('porterhouse')).toBeUndefined();
    expect(result.nameOnly.map((item) => [item.toolId, item.project.name])).toEqual([['porterhouse', 'Porterhouse']]);
    expect(tie('unrelated')).toBeUndefined();
  });

  it('reports a cncfProject the landscape does not know, with a suggestion, and does not guess instead', () => {
    const suggest = (name: string, candidates: readonly string[]): string | undefined =>
      candidates.find((candidate) => candidate.slice(0, 5) === name.slice(0, 5));
    const broken = matchProjects(
      projects,
      [tool('corral', { name: 'Corral', repository: 'https://github.com/corral-io/corral', cncfProject: 'Corrall' })],
      suggest,
    );
    expect(broken.unknown).toEqual([{ toolId: 'corral', name: 'Corrall', suggestion: 'Corral' }]);
    expect(broken.matches).toEqual([]);
  });

  it('gives each entry one project, the most deliberate tie first', () => {
    const both = matchProjects(projects, [tool('meshlet', { name: 'Corral', repository: 'https://github.com/meshlet/meshlet' })]);
    expect(both.matches.map((match) => [match.toolId, match.project.name, match.by])).toEqual([['meshlet', 'Meshlet', 'repository']]);
  });

  it('turns ties into records the schema accepts, with the landscape name and repository for tracing', () => {
    const records = cncfRecords(result.matches);
    expect(cncfFileSchema.safeParse(records).success).toBe(true);
    expect(records['drifter']).toEqual({
      name: 'Drifter',
      repository: 'https://github.com/drifter-dev/drifter',
      maturity: 'sandbox',
      accepted: '2022-09-14',
      matchedBy: 'repository',
    });
    expect(records['nameonly']).not.toHaveProperty('repository');
    expect(Object.keys(records).sort()).toEqual(['corral', 'drifter', 'harbour-master', 'meshlet', 'nameonly', 'specdoc-collector']);
  });
});

describe('cncfChanges', () => {
  const record = (maturity: CncfFile[string]['maturity'], dates: Partial<CncfFile[string]> = {}): CncfFile[string] => ({
    name: 'Drifter',
    maturity,
    matchedBy: 'repository',
    accepted: '2022-09-14',
    ...dates,
  });

  it('finds maturity changes, new ties and lost ones, by tool id', () => {
    const before: CncfFile = { drifter: record('sandbox'), gone: { ...record('sandbox'), name: 'Gone' }, same: record('graduated') };
    const after: CncfFile = {
      drifter: record('incubating', { incubating: '2026-08-01' }),
      fresh: { ...record('sandbox', { accepted: '2026-07-01' }), name: 'Fresh' },
      same: record('graduated'),
    };
    const changes = cncfChanges(before, after);
    expect(changes).toEqual([
      { id: 'drifter', name: 'Drifter', kind: 'changed', from: 'sandbox', to: 'incubating', since: '2026-08-01' },
      { id: 'fresh', name: 'Fresh', kind: 'joined', to: 'sandbox', since: '2026-07-01' },
      { id: 'gone', name: 'Gone', kind: 'left', from: 'sandbox' },
    ]);
    expect(changes.map(formatChange)).toEqual([
      'cncf: drifter: Drifter moved from sandbox to incubating on 2026-08-01',
      'cncf: fresh: now tied to Fresh (sandbox since 2026-07-01)',
      'cncf: gone: no longer tied to a CNCF project (was Gone, sandbox)',
    ]);
    expect(changesMarkdown(changes)).toContain('| `drifter` | Drifter | sandbox | incubating | 2026-08-01 |');
  });

  it('sees an archiving, and nothing when nothing changed', () => {
    expect(cncfChanges({ a: record('incubating') }, { a: record('archived', { archived: '2026-02-02' }) })).toEqual([
      { id: 'a', name: 'Drifter', kind: 'changed', from: 'incubating', to: 'archived', since: '2026-02-02' },
    ]);
    expect(cncfChanges({ a: record('sandbox') }, { a: record('sandbox', { repository: 'https://github.com/x/y' }) })).toEqual([]);
    expect(changesMarkdown([])).toBe('## CNCF maturity changes\n\nNo maturity changed since the last refresh.\n');
  });
});

describe('parseOutOfScope and coverageReport', () => {
  const outOfScope = parseOutOfScope(
    '# left out\n- name: Ledgerdb\n  reason: A ledger database; databases are general software.\n- name: ledgerDB\n  reason: The same project a second time, reported once.\n',
  );

  it('reads names with their lines and reports a repeated name', () => {
    expect(outOfScope.entries).toEqual([
      { name: 'Ledgerdb', reason: 'A ledger database; databases are general software.', line: 2, column: 9 },
    ]);
    expect(outOfScope.problems).toEqual([
      { line: 4, column: 9, field: '[1].name', message: '"ledgerDB" is already listed at line 2', hint: 'keep one of the two items' },
    ]);
  });

  it('reports YAML errors and a file that is not a list at their line', () => {
    expect(parseOutOfScope('- name: x\n  reason: y: z\n').problems[0]).toMatchObject({ line: 2, field: 'file' });
    expect(parseOutOfScope('name: x\n').problems).toEqual([
      { line: 1, column: 1, field: 'file', message: 'must be a list of projects', hint: expect.stringContaining('- name:') as string },
    ]);
    expect(parseOutOfScope('# nothing yet\n')).toEqual({ entries: [], problems: [] });
  });

  it('counts every project once as covered, out of scope or missing, sorted by name', () => {
    const { matches } = matchProjects(projects, [tool('corral', { name: 'Corral', repository: 'https://github.com/corral-io/corral' })]);
    const report = coverageReport(projects, matches, outOfScope.entries);
    expect(report.rows.map((row) => [row.project.name, row.state, row.ids.join(',')]).slice(0, 4)).toEqual([
      ['Corral', 'covered', 'corral'],
      ['Drifter', 'missing', ''],
      ['Harbourmaster (HBM)', 'missing', ''],
      ['Ledgerdb', 'out of scope', ''],
    ]);
    expect(coverageSummary(report.counts)).toBe('covered 1, out of scope 1, missing 8');
    expect(report.conflicts).toEqual([]);
  });

  it('flags an out-of-scope name the landscape does not know, and a project both covered and left out', () => {
    const listed = parseOutOfScope(
      '- name: Corral\n  reason: Listed although an entry covers it, which is a contradiction.\n- name: Ledgerbd\n  reason: A misspelt name that matches no CNCF project at all.\n',
    ).entries;
    const { matches } = matchProjects(projects, [tool('corral', { name: 'Corral', repository: 'https://github.com/corral-io/corral' })]);
    const report = coverageReport(projects, matches, listed, (name, candidates) =>
      candidates.find((candidate) => candidate.startsWith(name.slice(0, 6))),
    );
    expect(report.conflicts.map((conflict) => [conflict.entry.line, conflict.message])).toEqual([
      [1, '"Corral" is covered by corral and listed as out of scope (remove one of the two)'],
      [3, '"Ledgerbd" is not a CNCF project in the landscape data (did you mean `Ledgerdb`?)'],
    ]);
  });
});

describe('cncfFacet and cncfSteps', () => {
  it('files a tool without a record under "not CNCF", and lists the dated steps oldest first', () => {
    expect(cncfFacet(undefined)).toBe('not-cncf');
    expect(CNCF_FACET_LABELS[cncfFacet(undefined)]).toBe('Not a CNCF project');
    const record: CncfFile[string] = {
      name: 'Corral',
      maturity: 'graduated',
      matchedBy: 'repository',
      graduated: '2021-06-30',
      accepted: '2019-02-01',
      incubating: '2019-02-01',
    };
    expect(cncfFacet(record)).toBe('graduated');
    expect(cncfSteps(record)).toEqual([
      { step: 'accepted', label: 'Accepted', date: '2019-02-01' },
      { step: 'incubating', label: 'Incubating', date: '2019-02-01' },
      { step: 'graduated', label: 'Graduated', date: '2021-06-30' },
    ]);
  });
});

describe('name ties backed by an organisation page', () => {
  it('accepts a landscape repository that is only an organisation page as the owner', () => {
    const org: LandscapeProject = {
      name: 'Orgonly',
      maturity: 'sandbox',
      repository: 'https://github.com/OrgOnly',
      otherRepositories: [],
      paths: [],
      line: 1,
    };
    const { matches } = matchProjects([org], [tool('orgonly', { name: 'OrgOnly', repository: 'https://github.com/orgonly/driver' })]);
    expect(matches.map((match) => [match.toolId, match.by])).toEqual([['orgonly', 'name']]);
  });
});
