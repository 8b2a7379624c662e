export interface CloseButtonProps {
  /** Accessible name, e.g. "Close the details". */
  label: string;
  onClick: () => void;
}

/** A square "×" button (at least 24×24 px, see styles.css) named in words; the cross is decorative. */
export function CloseButton({ label, onClick }: CloseButtonProps) {
  return (
    <button type="button" className="fp-close-button" aria-label={label} onClick={onClick}>
      <svg
        className="fp-close-button__icon"
        viewBox="0 0 16 16"
        width="16"
        height="16"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M3.5 3.5l9 9m0-9l-9 9" />
      </svg>
    </button>
  );
}
