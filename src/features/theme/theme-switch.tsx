import { useId } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { useStoredChoice } from '../../shared/lib/use-stored-choice.ts';
import { THEMES, themeChoice } from './theme-choice.ts';

/** Light, dark or as the system says: radio buttons, remembered. */
export function ThemeSwitch() {
  const { t } = useEdition();
  const theme = useStoredChoice(themeChoice);
  const name = useId();
  return (
    <fieldset className="theme-switch">
      <legend>{t.theme.legend}</legend>
      {THEMES.map((option) => (
        <label key={option} className="theme-switch__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={theme === option}
            onChange={() => {
              themeChoice.write(option);
            }}
          />
          {t.theme[option]}
        </label>
      ))}
    </fieldset>
  );
}
