import depthLimit from 'graphql-depth-limit';
import { ASTNode, DocumentNode, Kind, ValidationRule, visit } from 'graphql';

/**
 * True when every fragment spread names a defined fragment and no fragment spreads itself,
 * directly or through others. graphql-depth-limit walks spreads without these checks: an unknown
 * name throws a TypeError and a cycle overflows the stack (and it prints both to the console).
 */
function fragmentsAreSound(doc: DocumentNode): boolean {
  const spreads = new Map<string, string[]>();
  const spreadsIn = (node: ASTNode): string[] => {
    const names: string[] = [];
    visit(node, { FragmentSpread: (s) => void names.push(s.name.value) });
    return names;
  };
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) spreads.set(d.name.value, spreadsIn(d));
  if (doc.definitions.some((d) => spreadsIn(d).some((name) => !spreads.has(name)))) return false;
  const done = new Set<string>();
  const visiting = new Set<string>();
  const acyclic = (name: string): boolean => {
    if (done.has(name)) return true;
    if (visiting.has(name)) return false;
    visiting.add(name);
    const ok = spreads.get(name)!.every(acyclic);
    visiting.delete(name);
    done.add(name);
    return ok;
  };
  return [...spreads.keys()].every(acyclic);
}

/**
 * The depth limit as a validation rule that never throws: documents with unknown or cyclic
 * fragments are left to the standard rules (KnownFragmentNames, NoFragmentCycles), which answer
 * them with GRAPHQL_VALIDATION_FAILED like any other invalid document.
 */
export function safeDepthLimit(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context) => (fragmentsAreSound(context.getDocument()) ? rule(context) : {});
}
