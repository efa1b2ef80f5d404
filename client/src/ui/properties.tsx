// Every domain property of a node or relationship, formatted for reading (dates, lists, coordinates).
import type { PropertyValue } from '../../../server/contract.ts';

const SKIP = new Set(['name', 'entityType', 'relType', 'description', 'sourceCount', 'disputed']);

function show(v: PropertyValue | undefined): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return String(v);
}

interface Props {
  attributes: Record<string, PropertyValue | undefined>;
  /** Properties the sources disagree on: marked where they are read. */
  disputed?: string[];
}

export function Properties({ attributes, disputed = [] }: Props) {
  const rows = Object.entries(attributes)
    .filter(([k, v]) => !SKIP.has(k) && !k.endsWith('_precision') && v !== null && v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  if (!rows.length) return null;
  return (
    <table class="props">
      <caption class="visually-hidden">Properties</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k.replace(/_/g, ' ')}</th>
            <td>
              {show(v)}
              {disputed.includes(k) && <span class="badge disputed-badge">disputed</span>}
              {typeof attributes[`${k}_precision`] === 'string' && attributes[`${k}_precision`] !== 'day' && (
                <span class="precision"> ({String(attributes[`${k}_precision`])})</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
