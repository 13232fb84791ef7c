import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { useStoredChoice } from '../../shared/lib/use-stored-choice.ts';
import { stepTextSize, textSizeChoice } from './text-size-choice.ts';

/**
 * "Размер текста": smaller and larger in steps, remembered. At either end a button says it is
 * unavailable (aria-disabled) rather than being disabled, which would drop a keyboard user's
 * focus; the size is announced after each step.
 */
export function TextSizeControl() {
  const { t } = useEdition();
  const size = useStoredChoice(textSizeChoice);
  const steps = [
    { direction: -1, glyph: 'A−', name: t.textSize.smaller },
    { direction: 1, glyph: 'A+', name: t.textSize.larger },
  ] as const;
  const [smaller, larger] = steps.map(({ direction, glyph, name }) => {
    const next = stepTextSize(size, direction);
    return (
      <button
        key={direction}
        type="button"
        className="button"
        aria-disabled={next === undefined}
        onClick={() => {
          if (next) textSizeChoice.write(next);
        }}
      >
        <span aria-hidden="true">{glyph}</span>
        <span className="visually-hidden">{name}</span>
      </button>
    );
  });
  return (
    <div className="text-size" role="group" aria-label={t.textSize.label}>
      {smaller}
      <span className="text-size__status" role="status">
        {t.textSize.current(Number(size))}
      </span>
      {larger}
    </div>
  );
}
