import { useId } from 'react';
import { useEdition } from '../../shared/i18n/edition-context.tsx';
import { THEMES, type Theme } from '../../shared/preferences/reader-preferences.ts';

interface ThemeOptionsProps {
  chosen: Theme;
  /**
   * Without it the options are disabled: the switch's box, holding its place while the switch
   * loads (theme.css keeps it out of sight).
   */
  onChoose?: (theme: Theme) => void;
}

/** Light, dark or as the system says: radio buttons in a group named in the edition's words. */
export function ThemeOptions({ chosen, onChoose }: ThemeOptionsProps) {
  const { t } = useEdition();
  const name = useId();
  return (
    <fieldset className="theme-switch" disabled={!onChoose}>
      <legend>{t.theme.legend}</legend>
      {THEMES.map((option) => (
        <label key={option} className="theme-switch__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={chosen === option}
            onChange={() => {
              onChoose?.(option);
            }}
          />
          {t.theme[option]}
        </label>
      ))}
    </fieldset>
  );
}
