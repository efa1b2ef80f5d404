// One cell of a result table as text a person can read: nodes by name, relationships as arrows, the rest as JSON.
import { actions } from '../state/store.ts';

interface NodeCell {
  __node: true;
  key: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelCell {
  __relationship: true;
  key: string;
  type: string;
  source: string;
  target: string;
}
interface PathCell {
  __path: true;
  nodes: NodeCell[];
  relationships: RelCell[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNode = (v: unknown): v is NodeCell => isObj(v) && v.__node === true;
const isRel = (v: unknown): v is RelCell => isObj(v) && v.__relationship === true;
const isPath = (v: unknown): v is PathCell => isObj(v) && v.__path === true;

const nodeName = (n: NodeCell) => String(n.properties.name ?? n.key);
const label = (n: NodeCell) => n.labels.filter((l) => l !== 'Entity').join(':');

/** Plain text for a cell (also what the table's text filter and copying see). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (isNode(v)) return `${nodeName(v)} (${label(v)})`;
  if (isRel(v)) return `(${v.source})-[:${v.type}]->(${v.target})`;
  if (isPath(v)) return v.nodes.map(nodeName).join(' → ');
  if (Array.isArray(v)) return `[${v.map(cellText).join(', ')}]`;
  if (isObj(v)) return JSON.stringify(v);
  return String(v);
}

export function Cell({ value }: { value: unknown }) {
  if (isNode(value))
    return (
      <button type="button" class="link" onClick={() => actions.select({ kind: 'node', key: value.key })}>
        {nodeName(value)} <span class="cell-label">{label(value)}</span>
      </button>
    );
  if (isRel(value))
    return (
      <button type="button" class="link" onClick={() => actions.select({ kind: 'edge', key: value.key })}>
        {cellText(value)}
      </button>
    );
  return <>{cellText(value)}</>;
}
