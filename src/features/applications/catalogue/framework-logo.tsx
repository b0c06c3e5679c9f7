/**
 * Small marks drawn for Torii: a coloured tile with a simple glyph or a monogram. They hint at the
 * framework without copying anyone's trademark artwork.
 */
export type LogoGlyph = 'flask' | 'leaf' | 'atom' | 'chevron' | 'shield' | 'phone' | 'terminal' | { text: string };

const stroke = { fill: 'none', stroke: '#fff', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function Glyph({ glyph }: { glyph: LogoGlyph }) {
  if (typeof glyph === 'object') {
    return (
      <text x="20" y="25.5" textAnchor="middle" fill="#fff" fontSize={glyph.text.length > 2 ? 12 : 15} fontWeight="700" fontFamily="system-ui, sans-serif">
        {glyph.text}
      </text>
    );
  }
  switch (glyph) {
    case 'flask':
      return <path {...stroke} d="M16 10h8M17.5 10v7l-6 10.5a2 2 0 0 0 1.7 3h13.6a2 2 0 0 0 1.7-3l-6-10.5v-7M14 24h12" />;
    case 'leaf':
      return <path {...stroke} d="M12 29c0-10 7-17 17-17 0 10-7 17-17 17zM12 29l9-9" />;
    case 'atom':
      return (
        <g {...stroke}>
          <ellipse cx="20" cy="20" rx="10" ry="4" />
          <ellipse cx="20" cy="20" rx="10" ry="4" transform="rotate(60 20 20)" />
          <ellipse cx="20" cy="20" rx="10" ry="4" transform="rotate(120 20 20)" />
        </g>
      );
    case 'chevron':
      return <path {...stroke} d="M11 12l9 16 9-16M15.5 12L20 20l4.5-8" />;
    case 'shield':
      return <path {...stroke} d="M20 10l9 3-1.5 12L20 30l-7.5-5L11 13l9-3zM16.5 24L20 15l3.5 9M17.5 21.5h5" />;
    case 'phone':
      return <path {...stroke} d="M15 10h10a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H15a2 2 0 0 1-2-2V12a2 2 0 0 1 2-2zM19 26h2" />;
    case 'terminal':
      return <path {...stroke} d="M11 13h18v14H11zM14.5 17.5l3 2.5-3 2.5M20 23h5" />;
  }
}

export function FrameworkLogo({ color, glyph }: { color: string; glyph: LogoGlyph }) {
  return (
    <svg width="40" height="40" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="39" height="39" rx="9.5" fill={color} stroke="#ffffff" strokeOpacity={0.14} />
      <Glyph glyph={glyph} />
    </svg>
  );
}
