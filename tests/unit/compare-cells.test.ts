// What the compare table shows in a cell, from a tool's published data.
import { describe, expect, it } from 'vitest';
import { compareCell, type ComparedTool } from '../../src/lib/compare/compare-fields.ts';

const compared = (tool: Partial<ComparedTool['tool']> = {}): ComparedTool => ({
  tool: {
    id: 'x',
    name: 'X',
    summary: 'Does one thing for containers well.',
    status: 'active',
    license: 'MIT',
    categories: ['orchestration'],
    tags: [],
    successors: [],
    website: 'https://example.org',
    ...tool,
  },
  names: { categories: { orchestration: 'Orchestration' }, tags: {}, tools: {} },
});

describe('compare cells', () => {
  it('the CNCF row names the maturity and since when, or says the tool is not a CNCF project', () => {
    const cncf = {
      name: 'X',
      maturity: 'graduated',
      accepted: '2016-03-10',
      incubating: '2016-03-10',
      graduated: '2018-03-06',
      matchedBy: 'repository',
    } as const;
    expect(compareCell(compared({ cncf }), 'cncf')).toEqual({ kind: 'text', text: 'CNCF graduated since March 6, 2018' });
    expect(compareCell(compared(), 'cncf')).toEqual({ kind: 'text', text: 'Not a CNCF project' });
  });

  it('shows what is not recorded as such, never as empty', () => {
    expect(compareCell(compared(), 'organization')).toEqual({ kind: 'none', label: 'Not recorded' });
    expect(compareCell(compared(), 'stars')).toEqual({ kind: 'none', label: 'No data yet' });
  });
});
