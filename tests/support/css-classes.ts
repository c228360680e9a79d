/**
 * Class names on both sides of the stylesheet contract, for the check that every class a built
 * stylesheet styles is one that a page carries or client code sets: a renamed class leaves its rules
 * matching nothing, and the element it meant falls back to the browser's defaults.
 */
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { parseDocument, DomUtils } from 'htmlparser2';

/** Every class a stylesheet's selectors name, inside :is(), :not() and @media blocks too. */
export function classSelectorsIn(css: string): Set<string> {
  const classes = new Set<string>();
  const collect = selectorParser((selectors) => {
    selectors.walkClasses((node) => {
      classes.add(node.value);
    });
  });
  postcss.parse(css).walkRules((rule) => {
    // Keyframe steps (from, 50%) are not selectors.
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
    collect.processSync(rule.selector);
  });
  return classes;
}

/** The stylesheets a built page carries inline, in <style> elements. */
export function inlineStylesOf(html: string): string[] {
  const document = parseDocument(html);
  return DomUtils.findAll((element) => element.name === 'style', document.children).map((style) => DomUtils.textContent(style));
}

/** Every class that an element of a built page carries. */
export function classesInHtml(html: string): Set<string> {
  const classes = new Set<string>();
  // Templates hold their content as children in htmlparser2's tree, so cloned rows count too.
  for (const element of DomUtils.findAll((node) => node.attribs['class'] !== undefined, parseDocument(html).children)) {
    for (const name of (element.attribs['class'] ?? '').split(/\s+/)) if (name) classes.add(name);
  }
  return classes;
}

export interface SetClasses {
  names: Set<string>;
  /** The fixed start of names made at run time from a template literal: `cols-${n}` gives "cols-". */
  prefixes: Set<string>;
}

/**
 * Classes that client code sets: string literals passed to classList methods, assigned to className,
 * or handed as the second argument of the DOM helper `element(tag, className)`.
 */
export function classesSetBySource(source: string): SetClasses {
  const classes = new Set<string>();
  const prefixes = new Set<string>();
  const literal = /(['"`])([\w\s-]*)\1/g;
  const template = /`([\w-]*)\$\{/g;
  const callSites = [
    /classList\.(?:add|toggle|replace)\(([^)]*)\)/g,
    /className\s*=\s*([^;\n]*)/g,
    /\belement\(\s*['"][\w-]+['"]\s*,\s*([^,)]*)/g,
  ];
  for (const pattern of callSites) {
    for (const call of source.matchAll(pattern)) {
      for (const match of (call[1] ?? '').matchAll(literal)) {
        for (const name of (match[2] ?? '').split(/\s+/)) if (name) classes.add(name);
      }
      for (const match of (call[1] ?? '').matchAll(template)) if (match[1]) prefixes.add(match[1]);
    }
  }
  return { names: classes, prefixes };
}

/** The classes a stylesheet styles that nothing sets: no page, no client code, no allowed run-time name. */
export function unmatchedClasses(
  styled: Iterable<string>,
  used: ReadonlySet<string>,
  set: SetClasses,
  allowed: ReadonlySet<string>,
): string[] {
  return [...new Set(styled)]
    .filter(
      (name) =>
        !used.has(name) && !set.names.has(name) && !allowed.has(name) && ![...set.prefixes].some((prefix) => name.startsWith(prefix)),
    )
    .sort();
}
