// The path finder's narrowing: at most how many steps, and only through which families of relationship.
import { RELATION_FAMILIES } from '../graph/style.ts';
import { actions, view } from '../state/store.ts';
import { MAX_PATH_STEPS } from '../state/view-state.ts';
import { EVERY_PATH_TYPE, withFamily } from './path-query.ts';

const STEP_CHOICES = Array.from({ length: MAX_PATH_STEPS }, (_, i) => i + 1);

export function PathLimits() {
  const { max, types } = view.value.pathInputs;
  const allowed = new Set(types ?? EVERY_PATH_TYPE);
  return (
    <>
      <label class="field-label" for="path-max">
        At most
      </label>
      <select
        id="path-max"
        value={String(max ?? MAX_PATH_STEPS)}
        onChange={(e) => {
          const n = Number((e.target as HTMLSelectElement).value);
          actions.setPathInputs({ max: n === MAX_PATH_STEPS ? null : n });
        }}
      >
        {STEP_CHOICES.map((n) => (
          <option key={n} value={String(n)}>
            {n} {n === 1 ? 'step' : 'steps'}
          </option>
        ))}
      </select>
      {/* Not held open by the state: re-ticking the last family must not fold the list under the pointer. */}
      <details class="path-through">
        <summary>
          Through{' '}
          {types === null ? 'any relationship' : `${types.length} of ${EVERY_PATH_TYPE.length} relationship types`}
        </summary>
        <fieldset>
          <legend class="visually-hidden">Relationships a path may use</legend>
          {RELATION_FAMILIES.map((f) => {
            const on = f.types.filter((t) => allowed.has(t)).length;
            return (
              <label key={f.name}>
                <input
                  type="checkbox"
                  checked={on === f.types.length}
                  // A shared link may allow part of a family: shown as neither ticked nor empty.
                  ref={(el) => {
                    if (el) el.indeterminate = on > 0 && on < f.types.length;
                  }}
                  onChange={(e) =>
                    actions.setPathInputs({ types: withFamily(types, f.types, (e.target as HTMLInputElement).checked) })
                  }
                />
                <span class="line" style={{ background: f.color }} aria-hidden="true" />
                {f.name}
              </label>
            );
          })}
        </fieldset>
      </details>
    </>
  );
}
