/** Torii's mark: a torii gate, drawn for the product. */
export function ToriiMark({ className }: { className?: string }) {
  return (
    <svg className={className} width="22" height="22" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M3 6.5c4 1 22 1 26 0v3.2c-4 .9-22 .9-26 0zM6 12h20v2.6H6zM8.6 14.6h3v12.4h-3zM20.4 14.6h3v12.4h-3zM14.6 9.8h2.8v4.8h-2.8z" />
    </svg>
  );
}
