import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');

/** Server code that reaches Apps Script: everything in src but the Node-only code and the pages. */
function serverSources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ['local', 'ui'].includes(name) && dir.endsWith('src') ? [] : serverSources(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

function insideAppsScriptTypes(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    if (ts.isModuleDeclaration(at) && at.name.text === 'GoogleAppsScript') return true;
  }
  return false;
}

/**
 * Every Apps Script method the add-on calls, as "Interface.method" (Range.setValues,
 * Ui.showSidebar), found by the type checker: a call whose method is declared in the
 * GoogleAppsScript typings. Maps each to the files that call it.
 */
export function appsScriptCalls(): Map<string, string[]> {
  const files = serverSources();
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => undefined,
    },
  );
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const extra = parsed.fileNames.filter((name) => name.endsWith('.d.ts'));
  const program = ts.createProgram([...files, ...extra], parsed.options);
  const checker = program.getTypeChecker();
  const calls = new Map<string, string[]>();
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const declaration = checker.getSymbolAtLocation(node.expression.name)?.declarations?.[0];
        const owner = declaration?.parent;
        if (declaration && owner && ts.isInterfaceDeclaration(owner) && insideAppsScriptTypes(owner)) {
          const method = `${owner.name.text}.${node.expression.name.text}`;
          const where = relative(ROOT, file);
          const list = calls.get(method) ?? [];
          if (!list.includes(where)) list.push(where);
          calls.set(method, list);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}
