import type { Expression, Node } from 'estree';

/**
 * Evaluates the literal JSON-like value of an MDX attribute expression ({0.5}, {-1},
 * {[1, 2]}, {true}, {"x"}). Anything computed is refused: chapter props must be data.
 */
export function literalValue(node: Node): unknown {
  switch (node.type) {
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint') break;
      return node.value;
    case 'UnaryExpression':
      if ((node.operator === '-' || node.operator === '+') && node.argument.type === 'Literal') {
        const v = node.argument.value;
        if (typeof v === 'number') return node.operator === '-' ? -v : v;
      }
      break;
    case 'ArrayExpression':
      return node.elements.map((el) => {
        if (!el || el.type === 'SpreadElement') throw new Error('arrays must list plain values');
        return literalValue(el);
      });
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis.map((q) => q.value.cooked).join('');
      break;
    case 'ObjectExpression': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) {
        if (p.type !== 'Property' || p.computed)
          throw new Error('objects must list plain key: value pairs');
        const key = p.key.type === 'Identifier' ? p.key.name : literalValue(p.key);
        out[String(key)] = literalValue(p.value as Expression);
      }
      return out;
    }
    default:
      break;
  }
  throw new Error(`only literal values are allowed here, not a ${node.type}`);
}
