// HTML → light tree in one streaming pass over htmlparser2. Head data the metadata stage needs
// (meta tags, JSON-LD, <title>, canonical links) is collected on the way, and content that is
// never article text (scripts, styles, SVG, forms' widgets) is dropped here so no later walk
// has to skip it.

import { Parser } from 'htmlparser2';
import type { Diagnostic } from '../../core/types.ts';
import { createElement, type ElementNode } from './dom.ts';

/** Deeper markup is flattened into its ancestor at this depth: walks stay short, text is kept. */
export const MAX_TREE_DEPTH = 256;
/** Characters of HTML read at most; past this a page is cut (a diagnostic says so). */
export const MAX_HTML_CHARS = 24_000_000;

/** Elements whose content is never article text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'button', 'audio', 'video', 'map',
]);
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export interface ParsedPage {
  root: ElementNode;
  title: string;
  metas: Array<Record<string, string>>;
  links: Array<Record<string, string>>;
  jsonLd: string[];
  htmlLang?: string;
  diagnostics: Diagnostic[];
}

export function parseHtml(html: string): ParsedPage {
  const diagnostics: Diagnostic[] = [];
  if (html.length > MAX_HTML_CHARS) {
    diagnostics.push({
      code: 'extract.input_truncated',
      severity: 'warning',
      stage: 'extract',
      message: `page has ${html.length} characters; only the first ${MAX_HTML_CHARS} were read`,
    });
    html = html.slice(0, MAX_HTML_CHARS);
  }
  const root = createElement('#root', {}, undefined);
  const page: ParsedPage = { root, title: '', metas: [], links: [], jsonLd: [], diagnostics };
  const templates: Template[] = [];
  let depthCapped = buildInto(root, html, page, templates);
  // Template HTML is parsed once, in place; templates inside templates are left alone.
  for (const template of templates) depthCapped = buildInto(template.parent, template.html, page, undefined) || depthCapped;
  if (depthCapped) {
    diagnostics.push({
      code: 'extract.deep_nesting',
      severity: 'info',
      stage: 'extract',
      message: `markup nests deeper than ${MAX_TREE_DEPTH} levels; deeper elements were flattened`,
    });
  }
  return page;
}

interface Template {
  parent: ElementNode;
  html: string;
}

/** Parses html into children of `parent`; returns whether the depth cap was hit. `templates` collects template scripts to parse next (undefined: ignore them). */
function buildInto(parent: ElementNode, html: string, page: ParsedPage, templates: Template[] | undefined): boolean {
  const allowTemplates = templates !== undefined;
  let current = parent;
  /** One entry per open tag: what became of it, so its close tag undoes exactly that. */
  const opened: Array<'element' | 'skipped' | 'ignored'> = [];
  let skipDepth = 0;
  let inTitle = false;
  let scriptIsJsonLd = false;
  let scriptIsTemplate = false;
  let scriptText = '';
  let depthCapped = false;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'meta') page.metas.push(attrs);
        else if (name === 'link') page.links.push(attrs);
        else if (name === 'html' && attrs.lang && !page.htmlLang) page.htmlLang = attrs.lang;
        else if (name === 'title' && !page.title && skipDepth === 0) inTitle = true;
        else if (name === 'script') {
          const type = (attrs.type ?? '').toLowerCase();
          scriptIsJsonLd = type.includes('ld+json');
          // Some blog engines ship the article as HTML inside <script type="text/template">.
          scriptIsTemplate = allowTemplates && skipDepth === 0 && (type.includes('template') || type === 'text/html');
          scriptText = '';
        }
        if (skipDepth > 0 || SKIPPED_TAGS.has(name)) {
          skipDepth += 1;
          opened.push('skipped');
          return;
        }
        if (VOID_TAGS.has(name) && name !== 'br' && name !== 'img' && name !== 'hr') {
          opened.push('ignored');
          return;
        }
        if (current.depth + 1 >= MAX_TREE_DEPTH) {
          depthCapped = true;
          opened.push('ignored');
          return;
        }
        const element = createElement(name, attrs, current);
        current.children.push(element);
        current = element;
        opened.push('element');
      },
      ontext(text) {
        if (inTitle) { page.title += text; return; }
        if (scriptIsJsonLd || scriptIsTemplate) { scriptText += text; return; }
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (last && last.type === 'text') last.text += text;
        else current.children.push({ type: 'text', text });
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'script' && scriptIsJsonLd) {
          page.jsonLd.push(scriptText);
          scriptIsJsonLd = false;
        }
        if (name === 'script' && scriptIsTemplate) {
          if (templates && /<p[\s>]/i.test(scriptText)) templates.push({ parent: current, html: scriptText });
          scriptIsTemplate = false;
        }
        const what = opened.pop();
        if (what === 'skipped') skipDepth -= 1;
        else if (what === 'element' && current.parent) current = current.parent;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return depthCapped;
}
