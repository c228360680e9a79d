/** How health findings are printed: terminal lines, GitHub annotations, or a Markdown report. */
import { escapeControl, safeLine } from '../safe-text.ts';
import { SEVERITIES, type Finding, type Severity } from './findings.ts';

const oneLine = (text: string): string => text.replace(/\n/g, '; ');

/** `path:line:column  severity  field  message (suggestion)` */
export function formatFinding(finding: Finding): string {
  const suggestion = finding.suggestion ? ` (suggest: ${oneLine(finding.suggestion)})` : '';
  return safeLine(
    `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.field}  ${finding.message}${suggestion}`,
  );
}

export function githubAnnotation(finding: Finding): string {
  // Newlines of the suggestion are kept (as %0A): they are code's; control characters in content are escaped first.
  const escapeData = (value: string): string =>
    value.split('\n').map(escapeControl).join('\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const body = finding.suggestion ? `${finding.message}\nSuggested:\n${finding.suggestion}` : finding.message;
  return `::${finding.severity} file=${escapeProperty(finding.file)},line=${finding.line},col=${finding.column},title=${escapeProperty(`health: ${finding.field}`)}::${escapeData(body)}`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function summary(findings: readonly Finding[], entries: number): string {
  const counts = countBySeverity(findings);
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `health: ${entries} entries checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`;
}

/** A table cell: content's markup shown as text, its line breaks (code's) as `<br>`. */
const escapeCell = (text: string): string =>
  text
    .split('\n')
    .map((line) => escapeControl(line).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|'))
    .join('<br>');
const HEADINGS: Record<Severity, string> = {
  error: 'Errors (the entry contradicts its host)',
  warning: 'Warnings (worth a look)',
  notice: 'Notices',
};

/** A report for a pull request body or a job summary. */
export function markdownReport(findings: readonly Finding[], entries: number, today: string, all: readonly Finding[] = findings): string {
  const lines = [`## Catalog health, ${today}`, '', summary(all, entries).replace(/^health: /, ''), ''];
  for (const severity of SEVERITIES) {
    const some = findings.filter((finding) => finding.severity === severity);
    if (some.length === 0) continue;
    lines.push(`### ${HEADINGS[severity]}`, '');
    // Notices are many and routine; they fold away so errors stay in view.
    if (severity === 'notice') lines.push('<details><summary>' + `${some.length} notices` + '</summary>', '');
    lines.push('| where | field | finding | suggestion |', '| --- | --- | --- | --- |');
    for (const finding of some) {
      const suggestion = finding.suggestion ? `<code>${escapeCell(finding.suggestion).replace(/`/g, '')}</code>` : '';
      lines.push(`| \`${finding.file}:${finding.line}\` | ${finding.field} | ${escapeCell(finding.message)} | ${suggestion} |`);
    }
    if (severity === 'notice') lines.push('', '</details>');
    lines.push('');
  }
  lines.push('Health proposes, it never edits: check the project itself before changing an entry (docs/maintaining-data.md).', '');
  return lines.join('\n');
}
