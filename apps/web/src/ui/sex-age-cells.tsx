import { useI18n } from '../i18n/i18n';

export const CELL_NAMES = ['girls', 'boys', 'women', 'men', 'unknown'] as const;
export type CellName = (typeof CELL_NAMES)[number];
export type Cells = Record<CellName, string>;

export function emptyCells(): Cells {
  return { girls: '', boys: '', women: '', men: '', unknown: '' };
}

export function sumOf(cells: Cells): number {
  return CELL_NAMES.reduce((sum, name) => sum + (Number(cells[name]) || 0), 0);
}

/**
 * The five cells of a count of people (unknown included, so the shares add up to 100%), with the
 * running sum against the total as one types; the service checks the same rule on save.
 */
export function SexAgeCellsFieldset(props: {
  cells: Cells;
  quantity: number;
  errorFor(field: string): string | undefined;
  onChange(cells: Cells): void;
}) {
  const { t } = useI18n();
  const sum = sumOf(props.cells);
  const mismatch = props.quantity > 0 && sum !== props.quantity;
  return (
    <fieldset class="cells">
      <legend>{t('form.cells')}</legend>
      {CELL_NAMES.map((name) => (
        <label>
          {t(`form.cells.${name}`)}
          <input
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            name={`cells.${name}`}
            value={props.cells[name]}
            aria-invalid={props.errorFor(`input.cells.${name}`) ? true : undefined}
            onInput={(event) => props.onChange({ ...props.cells, [name]: event.currentTarget.value })}
          />
          {props.errorFor(`input.cells.${name}`) && (
            <span class="field-error">{props.errorFor(`input.cells.${name}`)}</span>
          )}
        </label>
      ))}
      <p class={mismatch ? 'field-error' : 'hint'} aria-live="polite">
        {mismatch ? t('form.cells.mismatch', { sum, quantity: props.quantity }) : `${t('form.cells.sum')}: ${sum}`}
      </p>
      {props.errorFor('input.cells') && (
        <p class="field-error" role="alert" data-error-for="input.cells">
          {props.errorFor('input.cells')}
        </p>
      )}
    </fieldset>
  );
}
