import { useMemo, useState } from 'preact/hooks';
import type { AdminUnitOption } from '../api/reference-data';
import { useI18n } from '../i18n/i18n';

const MAX_OPTIONS = 12;

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * Finds a department, province or district by name (accents optional) or P-code, as one types; the
 * parent's name is shown so that the many homonyms (San Juan, Santa Rosa...) can be told apart.
 * Keyboard: type, arrow down into the list, Enter to pick.
 */
export function PlacePicker(props: {
  id: string;
  units: AdminUnitOption[];
  value: string;
  error?: string;
  onChange(pcode: string): void;
}) {
  const { t } = useI18n();
  const byPcode = useMemo(() => new Map(props.units.map((unit) => [unit.pcode, unit])), [props.units]);
  const selected = byPcode.get(props.value);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);

  const options = useMemo(() => {
    const wanted = fold(query.trim());
    if (!wanted) return [];
    return props.units
      .filter((unit) => unit.pcode.toLowerCase().startsWith(wanted) || fold(unit.name).includes(wanted))
      .sort((a, b) => Number(!fold(a.name).startsWith(wanted)) - Number(!fold(b.name).startsWith(wanted)))
      .slice(0, MAX_OPTIONS);
  }, [query, props.units]);

  const label = (unit: AdminUnitOption) => {
    const parent = unit.parentPcode ? byPcode.get(unit.parentPcode)?.name : null;
    return `${unit.name}${parent ? `, ${parent}` : ''} (${unit.pcode})`;
  };

  function pick(unit: AdminUnitOption) {
    props.onChange(unit.pcode);
    setQuery('');
    setOpen(false);
  }

  return (
    <div class="place-picker">
      <input
        id={props.id}
        type="search"
        aria-autocomplete="list"
        aria-expanded={open && options.length > 0}
        aria-controls={`${props.id}-options`}
        aria-invalid={props.error ? true : undefined}
        placeholder={selected ? label(selected) : t('form.place.search')}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setOpen(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            (document.getElementById(`${props.id}-option-0`) as HTMLElement | null)?.focus();
          }
        }}
      />
      {selected && <span class="hint">{label(selected)}</span>}
      {open && query && (
        <ul id={`${props.id}-options`} role="listbox" class="options">
          {options.length === 0 && <li class="hint">{t('form.place.none')}</li>}
          {options.map((unit, index) => (
            <li
              id={`${props.id}-option-${index}`}
              role="option"
              tabIndex={0}
              aria-selected={unit.pcode === props.value}
              onClick={() => pick(unit)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') pick(unit);
                if (event.key === 'ArrowDown') (event.currentTarget.nextElementSibling as HTMLElement | null)?.focus();
                if (event.key === 'ArrowUp')
                  (event.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
              }}
            >
              {label(unit)}
            </li>
          ))}
        </ul>
      )}
      {props.error && <span class="field-error">{props.error}</span>}
    </div>
  );
}
