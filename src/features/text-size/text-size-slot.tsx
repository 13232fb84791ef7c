import { optionalLazy } from '../../shared/lib/optional-lazy.tsx';
import { OnceRunning } from '../../shared/lib/once-running.tsx';
import './text-size.css';

const TextSizeControl = optionalLazy(() =>
  import('./text-size-control.tsx').then((module) => module.TextSizeControl),
);

/**
 * Where the text size control goes: kept empty (at its height) in the prerendered page, since
 * without scripts the buttons could do nothing, and filled once the app runs.
 */
export function TextSizeSlot() {
  return (
    <div className="text-size-slot">
      <OnceRunning>
        <TextSizeControl />
      </OnceRunning>
    </div>
  );
}
