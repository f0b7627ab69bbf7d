import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exposeAs } from './boundary';
import { AppsScriptException, type FakeContext } from './context';
import { escapeHtml } from '../../util/html';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type GasHtmlTemplate = GoogleAppsScript.HTML.HtmlTemplate;

/** Where createHtmlOutputFromFile looks: our build writes dist/*.html; tests may pass a map. */
export interface HtmlFiles {
  directory?: string;
  files?: Record<string, string>;
}

/** A value printed inside <script>: a JavaScript literal that cannot close the script element. */
function scriptLiteral(value: unknown): string {
  const json = JSON.stringify(value === undefined ? null : value) ?? 'null';
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const WITHHELD_SCRIPT = '/* script withheld: HtmlOutput.getContent() serves sanitised HTML */';

function sanitisedForServing(html: string): string {
  return html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script\s*>)/gi, `$1${WITHHELD_SCRIPT}$2`);
}

export class FakeHtmlOutput implements Pick<
  GasHtmlOutput,
  'getContent' | 'getHeight' | 'getTitle' | 'getWidth' | 'setHeight' | 'setTitle' | 'setWidth'
> {
  title = '';
  /** 0 means "not set": Sheets then uses its own dialog size. */
  width = 0;
  height = 0;

  constructor(
    private readonly ctx: FakeContext,
    public content: string,
  ) {}

  private self(): GasHtmlOutput {
    return exposeAs<GasHtmlOutput>(this);
  }

  /**
   * The reference promises only "the content that is served", and HtmlService exists to sanitize
   * what a script serves ("scripts should not directly return HTML to a browser. Instead, they
   * should use HtmlService to sanitize it": https://developers.google.com/apps-script/reference/html/html-output).
   * So the fake serves a sanitised copy: markup and styles as given, each script's code withheld.
   * Code that must read a file as written uses HtmlTemplate.getRawContent() ("the unprocessed
   * content"); sidebars and dialogs show the output itself, not this copy.
   */
  getContent(): string {
    this.ctx.call('HtmlOutput.getContent', 'free');
    return sanitisedForServing(this.content);
  }

  setTitle(title: string): GasHtmlOutput {
    this.ctx.call('HtmlOutput.setTitle', 'free');
    this.title = title;
    return this.self();
  }

  getTitle(): string {
    this.ctx.call('HtmlOutput.getTitle', 'free');
    return this.title;
  }

  setWidth(width: number): GasHtmlOutput {
    this.ctx.call('HtmlOutput.setWidth', 'free');
    this.width = width;
    return this.self();
  }

  getWidth(): number {
    this.ctx.call('HtmlOutput.getWidth', 'free');
    return this.width;
  }

  setHeight(height: number): GasHtmlOutput {
    this.ctx.call('HtmlOutput.setHeight', 'free');
    this.height = height;
    return this.self();
  }

  getHeight(): number {
    this.ctx.call('HtmlOutput.getHeight', 'free');
    return this.height;
  }
}

export function unwrapHtmlOutput(output: GasHtmlOutput): FakeHtmlOutput {
  if (output instanceof FakeHtmlOutput) return output;
  throw new TypeError('Expected an HtmlOutput created by the fake HtmlService');
}

/** Collects template output; contextual escaping needs to know whether a <script> is open. */
class TemplatePrinter {
  html = '';

  text(chunk: string): void {
    this.html += chunk;
  }

  escaped(value: unknown): void {
    if (this.insideScript()) {
      this.html += scriptLiteral(value);
      return;
    }
    this.html += value === null || value === undefined ? '' : escapeHtml(String(value));
  }

  raw(value: unknown): void {
    this.html += value === null || value === undefined ? '' : String(value);
  }

  private insideScript(): boolean {
    const lower = this.html.toLowerCase();
    return lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
  }
}

const SCRIPTLET = /<\?(!=|=)?([\s\S]*?)\?>/g;

/** Turns a template into the body of a function of (scope, printer). */
export function compileTemplate(source: string): string {
  let code = '';
  let last = 0;
  for (const match of source.matchAll(SCRIPTLET)) {
    const index = match.index ?? 0;
    if (index > last) code += `__printer.text(${JSON.stringify(source.slice(last, index))});\n`;
    const [, kind, body] = match;
    if (kind === '=') code += `__printer.escaped((${body}));\n`;
    else if (kind === '!=') code += `__printer.raw((${body}));\n`;
    else code += `${body}\n`;
    last = index + match[0].length;
  }
  if (last < source.length) code += `__printer.text(${JSON.stringify(source.slice(last))});\n`;
  return code;
}

/**
 * A template evaluates its scriptlets with the template's own properties in scope (as in
 * `template.user = 'x'` then `<?= user ?>`), then the script's globals.
 */
export class FakeHtmlTemplate implements Pick<GasHtmlTemplate, 'evaluate' | 'getRawContent'> {
  readonly #ctx: FakeContext;
  readonly #source: string;
  readonly #globals: () => Record<string, unknown>;

  constructor(ctx: FakeContext, source: string, globals: () => Record<string, unknown>) {
    this.#ctx = ctx;
    this.#source = source;
    this.#globals = globals;
  }

  getRawContent(): string {
    this.#ctx.call('HtmlTemplate.getRawContent', 'free');
    return this.#source;
  }

  evaluate(): GasHtmlOutput {
    this.#ctx.call('HtmlTemplate.evaluate', 'free');
    const scope: Record<string, unknown> = {
      ...this.#globals(),
      ...Object.fromEntries(Object.entries(this)),
    };
    const printer = new TemplatePrinter();
    // `with` needs sloppy mode, which Function bodies have; scriptlets are trusted project code.
    const run = new Function('__scope', '__printer', `with (__scope) {\n${compileTemplate(this.#source)}}`);
    run(scope, printer);
    return exposeAs<GasHtmlOutput>(new FakeHtmlOutput(this.#ctx, printer.html));
  }
}

export class FakeHtmlService implements Pick<
  GoogleAppsScript.HTML.HtmlService,
  'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly files: HtmlFiles,
    private readonly globals: () => Record<string, unknown> = () => ({}),
  ) {}

  /** Apps Script accepts the name with or without ".html". */
  private read(filename: string): string {
    const names = filename.endsWith('.html') ? [filename] : [filename, `${filename}.html`];
    for (const name of names) {
      const inMemory = this.files.files?.[name];
      if (inMemory !== undefined) return inMemory;
      if (this.files.directory) {
        try {
          return readFileSync(join(this.files.directory, name), 'utf8');
        } catch {
          // Try the next spelling, then report as Apps Script does.
        }
      }
    }
    throw new AppsScriptException(`No HTML file named ${filename} was found.`);
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasHtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutput', 'free');
    const content =
      html === undefined ? '' : typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return exposeAs<GasHtmlOutput>(new FakeHtmlOutput(this.ctx, content));
  }

  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    this.ctx.call('HtmlService.createHtmlOutputFromFile', 'free');
    return exposeAs<GasHtmlOutput>(new FakeHtmlOutput(this.ctx, this.read(filename)));
  }

  createTemplate(html: string | GoogleAppsScript.Base.BlobSource): GasHtmlTemplate {
    this.ctx.call('HtmlService.createTemplate', 'free');
    const source = typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return exposeAs<GasHtmlTemplate>(new FakeHtmlTemplate(this.ctx, source, this.globals));
  }

  createTemplateFromFile(filename: string): GasHtmlTemplate {
    this.ctx.call('HtmlService.createTemplateFromFile', 'free');
    return exposeAs<GasHtmlTemplate>(new FakeHtmlTemplate(this.ctx, this.read(filename), this.globals));
  }
}
