// The date range filter: facts outside it are hidden; undated ones (most places) always stay.
import { actions, view } from '../state/store.ts';

export function DateFilter() {
  const { dateFrom, dateTo } = view.value.filters;
  const set = (which: 'from' | 'to') => (e: Event) => {
    const value = (e.target as HTMLInputElement).value || null;
    actions.setDateRange(which === 'from' ? value : dateFrom, which === 'to' ? value : dateTo);
  };
  return (
    <fieldset class="date-filter">
      <legend>Dates</legend>
      <label>
        From <input type="date" value={dateFrom ?? ''} onChange={set('from')} aria-label="Show facts from" />
      </label>
      <label>
        To <input type="date" value={dateTo ?? ''} onChange={set('to')} aria-label="Show facts until" />
      </label>
      <button type="button" class="link" onClick={() => actions.setDateRange('2024-11-27', '2024-12-08')}>
        The offensive
      </button>
    </fieldset>
  );
}
