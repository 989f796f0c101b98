import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The platforms a declaration is tagged with (`@platform darwin,win32`); `all` when untagged. */
export type Platforms = readonly NodeJS.Platform[] | 'all';

/** What electron.d.ts declares about one interface or class, with what it extends. */
export interface Declared {
  /** Property names (an options object's keys), with their `@platform` tags. */
  readonly properties: ReadonlyMap<string, Platforms>;
  /** The string literals a property's type allows (`role`, `themeSource`), where it is a union of them. */
  readonly literals: ReadonlyMap<string, readonly string[]>;
  /** Event names from the `on(event: '…', …)` overloads, with their `@platform` tags. */
  readonly events: ReadonlyMap<string, Platforms>;
}

const declarationFile = fileURLToPath(
  new URL('../../../node_modules/electron/electron.d.ts', import.meta.url),
);

/** Reads the installed Electron's own declarations: what the stand-in may accept is what they say. */
export function readElectronDeclarations(): (name: string) => Declared {
  const source = ts.createSourceFile(
    declarationFile,
    readFileSync(declarationFile, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const types = new Map<string, ts.InterfaceDeclaration | ts.ClassDeclaration>();
  for (const statement of electronNamespace(source).statements) {
    if (ts.isInterfaceDeclaration(statement) || ts.isClassDeclaration(statement)) {
      if (statement.name) types.set(statement.name.text, statement);
    }
  }
  const declared = (name: string): Declared => {
    const node = types.get(name);
    if (!node) throw new Error(`electron.d.ts declares no interface or class ${name}`);
    const own = membersOf(node);
    // `BrowserWindow extends BaseWindow`: the base's events and options are the window's too.
    // Bases outside the namespace (Node's EventEmitter) declare no Electron events.
    const bases = (node.heritageClauses ?? [])
      .filter((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)
      .flatMap((clause) => clause.types.map((base) => base.expression.getText()))
      .filter((base) => types.has(base))
      .map(declared);
    return bases.reduce<Declared>(
      (merged, base) => ({
        properties: new Map([...base.properties, ...merged.properties]),
        literals: new Map([...base.literals, ...merged.literals]),
        events: mergeEvents(base.events, merged.events),
      }),
      own,
    );
  };
  return declared;
}

function electronNamespace(source: ts.SourceFile): ts.ModuleBlock {
  for (const statement of source.statements) {
    if (
      ts.isModuleDeclaration(statement) &&
      statement.name.text === 'Electron' &&
      statement.body &&
      ts.isModuleBlock(statement.body)
    ) {
      return statement.body;
    }
  }
  throw new Error('electron.d.ts has no `declare namespace Electron`');
}

function membersOf(node: ts.InterfaceDeclaration | ts.ClassDeclaration): Declared {
  const properties = new Map<string, Platforms>();
  const literals = new Map<string, readonly string[]>();
  let events = new Map<string, Platforms>();
  for (const member of node.members) {
    if (ts.isPropertySignature(member) || ts.isPropertyDeclaration(member)) {
      const name = member.name.getText();
      properties.set(name, platformsOf(member));
      const allowed = member.type && stringLiteralsOf(member.type);
      if (allowed) literals.set(name, allowed);
    }
    const event = eventOf(member);
    if (event !== undefined) {
      events = mergeEvents(events, new Map([[event, platformsOf(member)]]));
    }
  }
  return { properties, literals, events };
}

/** `on(event: 'ready', …)` → `ready`; only `on` overloads name events (off/once repeat them). */
function eventOf(member: ts.ClassElement | ts.TypeElement): string | undefined {
  if (!(ts.isMethodSignature(member) || ts.isMethodDeclaration(member))) return undefined;
  if (member.name.getText() !== 'on') return undefined;
  const type = member.parameters[0]?.type;
  if (type && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) {
    return type.literal.text;
  }
  return undefined;
}

function platformsOf(member: ts.Node): Platforms {
  const tag = ts.getJSDocTags(member).find((jsDocTag) => jsDocTag.tagName.text === 'platform');
  const text = typeof tag?.comment === 'string' ? tag.comment : undefined;
  if (text === undefined) return 'all';
  return text.split(',').map((platform) => platform.trim() as NodeJS.Platform);
}

/** An event declared twice (one overload per platform) is emitted wherever either says. */
function mergeEvents(
  first: ReadonlyMap<string, Platforms>,
  second: ReadonlyMap<string, Platforms>,
): Map<string, Platforms> {
  const merged = new Map(first);
  for (const [event, platforms] of second) {
    const earlier = merged.get(event);
    merged.set(
      event,
      earlier === undefined
        ? platforms
        : earlier === 'all' || platforms === 'all'
          ? 'all'
          : [...new Set([...earlier, ...platforms])],
    );
  }
  return merged;
}

/** The type's strings when it is nothing but string literals; `undefined` when it allows more. */
function stringLiteralsOf(type: ts.TypeNode): string[] | undefined {
  if (ts.isParenthesizedTypeNode(type)) return stringLiteralsOf(type.type);
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
  if (!ts.isUnionTypeNode(type)) return undefined;
  const members = type.types.map(stringLiteralsOf);
  return members.every((member) => member !== undefined) ? members.flat() : undefined;
}
