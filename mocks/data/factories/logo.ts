/**
 * Torii draws its own catalogue logos: simple letter marks in brand-like colours, never copies of the
 * providers' artwork. They are served as `data:image/svg+xml;base64,...` like Logto's.
 */
type LetterLogo = {
  text: string;
  background: string;
  foreground?: string;
  /** A hairline for light marks that would vanish on a white card. */
  border?: string;
  shape?: 'square' | 'circle';
  fontSize?: number;
};

/** base64 of the UTF-8 bytes: `btoa` alone rejects anything outside Latin-1 (the demo logo's star). */
export const svgDataUri = (svg: string) =>
  `data:image/svg+xml;base64,${btoa(String.fromCharCode(...new TextEncoder().encode(svg)))}`;

export function letterLogo({ text, background, foreground = '#FFFFFF', border, shape = 'square', fontSize = 22 }: LetterLogo) {
  const stroke = border ? ` stroke="${border}" stroke-width="1.5"` : '';
  const backdrop =
    shape === 'circle'
      ? `<circle cx="24" cy="24" r="23" fill="${background}"${stroke}/>`
      : `<rect x="1" y="1" width="46" height="46" rx="11" fill="${background}"${stroke}/>`;
  return svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">${backdrop}` +
      `<text x="24" y="25" text-anchor="middle" dominant-baseline="middle" fill="${foreground}" ` +
      `font-family="Inter,'Segoe UI',Helvetica,Arial,sans-serif" font-size="${fontSize}" font-weight="700">${text}</text></svg>`,
  );
}

/** Email and SMS services share a pictogram on their brand colour instead of a letter. */
export function pictogramLogo(kind: 'envelope' | 'bubble', background: string) {
  const glyph =
    kind === 'envelope'
      ? '<rect x="11" y="15" width="26" height="18" rx="3" fill="none" stroke="#FFFFFF" stroke-width="2.5"/>' +
        '<path d="M12 17l12 9 12-9" fill="none" stroke="#FFFFFF" stroke-width="2.5" stroke-linejoin="round"/>'
      : '<path d="M13 14h22a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3H22l-7 5v-5h-2a3 3 0 0 1-3-3V17a3 3 0 0 1 3-3z" fill="#FFFFFF"/>';
  return svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">` +
      `<rect x="1" y="1" width="46" height="46" rx="11" fill="${background}"/>${glyph}</svg>`,
  );
}
