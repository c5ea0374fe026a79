// The layer rule: every import (static, `export … from`, dynamic) is resolved to a path in the
// repository, both ends are placed in the layer table (eslint/layers.js), and an edge the table
// does not allow is reported with a message naming both sides. Portable layers are also held to
// their host: a host global or `globalThis.<x>` there is reported.
import { dirname, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BANNED_GLOBALS, FOLDERS, LAYERS, PACKAGES } from '../layers.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Top folders whose every file must sit in a layer.
const LAYERED_ROOTS = ['renderer/', 'electron/'];

const withoutExtension = (path) => path.replace(/\.(tsx?|jsx?|mjs|cjs)$/, '');

/** The most specific table entry for a repository path, with the folder it names. */
export function placeOf(repoPath) {
  const segments = withoutExtension(repoPath).split('/');
  let best;
  for (const entry of FOLDERS) {
    const pattern = withoutExtension(entry.path).split('/');
    if (pattern.length > segments.length) continue;
    if (!pattern.every((part, i) => part === '*' || part === segments[i])) continue;
    if (best && best.depth >= pattern.length) continue;
    const folder = segments.slice(0, pattern.length).join('/');
    best = {
      entry,
      layer: LAYERS[entry.layer],
      depth: pattern.length,
      // Name a single-file entry as written in the table (with its extension).
      name: entry.path.includes('*') ? folder : entry.path,
      rest: segments.slice(pattern.length).join('/'),
      unit: entry.path.includes('*') ? folder : null,
    };
  }
  return best;
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const describe = (place) => `${place.name} (${place.entry.label})`;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only what its layer may see (eslint/layers.js).' },
    schema: [],
    messages: {
      layer: '{{from}} may not import {{to}}.',
      feature:
        '{{from}} may not import {{to}}; what two screens share belongs in renderer/components or renderer/services.',
      surface: '{{from}} may not import {{module}} ({{what}} internals); use {{surface}}.',
      outside: '{{from}} may not import {{path}}, which is in no layer.',
      package: '{{from}} may not import {{name}} ({{label}}).',
      dynamic:
        '{{from}} may not import a computed module name: the layer rule must see where it points.',
      global: '{{from}} may not use the host global {{name}}.',
      globalThis: '{{from}} may not reach the host through globalThis.',
      unlayered: '{{path}} is in no layer: declare its folder in eslint/layers.js.',
    },
  },
  create(context) {
    const repoPath = relative(ROOT, context.filename).split(sep).join('/');
    if (repoPath.startsWith('..')) return {};
    const here = placeOf(repoPath);
    if (!here) {
      if (!LAYERED_ROOTS.some((root) => repoPath.startsWith(root))) return {};
      return {
        Program(node) {
          context.report({ node, messageId: 'unlayered', data: { path: repoPath } });
        },
      };
    }
    const from = describe(here);

    function checkPackage(node, specifier) {
      const name = packageName(specifier);
      for (const ban of here.layer.packages) {
        if (!PACKAGES[ban].matches(name)) continue;
        context.report({
          node,
          messageId: 'package',
          data: { from, name, label: PACKAGES[ban].label },
        });
        return;
      }
    }

    function checkPath(node, specifier) {
      const target = relative(ROOT, resolve(dirname(context.filename), specifier))
        .split(sep)
        .join('/');
      const there = placeOf(target);
      if (!there) {
        context.report({ node, messageId: 'outside', data: { from, path: target } });
        return;
      }
      const sameLayer = there.entry.layer === here.entry.layer;
      if (sameLayer && here.unit && there.unit && here.unit !== there.unit) {
        context.report({
          node,
          messageId: 'feature',
          data: { from, to: `${there.name} (another screen)` },
        });
        return;
      }
      if (!sameLayer && !here.layer.may.includes(there.entry.layer)) {
        context.report({ node, messageId: 'layer', data: { from, to: describe(there) } });
        return;
      }
      const surface = there.entry.surface;
      if (here.layer.surfaceOnly && surface && !surface.includes(there.rest)) {
        context.report({
          node,
          messageId: 'surface',
          data: {
            from,
            module: posix.join(there.name, there.rest),
            what: there.entry.label,
            surface: surface.map((name) => posix.join(there.name, name)).join(', '),
          },
        });
      }
    }

    function check(node, specifier) {
      const bare = specifier.replace(/\?.*$/, '');
      if (bare.startsWith('.')) checkPath(node, bare);
      else checkPackage(node, bare);
    }

    function checkSource(node) {
      if (node.source) check(node.source, String(node.source.value));
    }

    const banned = here.layer.host ? BANNED_GLOBALS[here.layer.host] : new Set();
    const portable = here.layer.host === 'none';

    return {
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      // `import x = require('…')` and `typeof import('…')` in a type reach a module too.
      TSExternalModuleReference(node) {
        if (node.expression.type === 'Literal')
          check(node.expression, String(node.expression.value));
      },
      TSImportType(node) {
        const literal = node.argument?.type === 'TSLiteralType' ? node.argument.literal : null;
        if (literal?.type === 'Literal') check(literal, String(literal.value));
      },
      ImportExpression(node) {
        const source = node.source;
        if (source.type === 'Literal' && typeof source.value === 'string') {
          check(source, source.value);
        } else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
          check(source, source.quasis[0].value.cooked);
        } else {
          context.report({ node: source, messageId: 'dynamic', data: { from } });
        }
      },
      'Program:exit'(program) {
        const scope = context.sourceCode.getScope(program);
        // References no declaration in the file answers: unresolved ones, and those resolved
        // to globals the configuration or the TypeScript lib supplies (no definition).
        const references = [
          ...scope.through,
          ...scope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references),
        ];
        for (const reference of references) {
          if (reference.isValueReference === false) continue;
          const { name } = reference.identifier;
          if (portable && name === 'globalThis') {
            context.report({ node: reference.identifier, messageId: 'globalThis', data: { from } });
          } else if (banned.has(name)) {
            context.report({
              node: reference.identifier,
              messageId: 'global',
              data: { from, name },
            });
          }
        }
      },
    };
  },
};
