import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { applyTheme, onSystemThemeChange, readThemePreference, saveThemePreference, type Theme, type ThemePreference } from './theme';

type ThemeState = { preference: ThemePreference; theme: Theme; setPreference: (preference: ThemePreference) => void };
const ThemeContext = createContext<ThemeState | null>(null);

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [preference, setPreferenceState] = useState<ThemePreference>(readThemePreference);
  const [theme, setTheme] = useState<Theme>(() => applyTheme(preference));

  // "System" follows the OS live, not only at load.
  useEffect(() => onSystemThemeChange(() => setTheme(applyTheme(preference))), [preference]);

  const value = useMemo<ThemeState>(
    () => ({
      preference,
      theme,
      setPreference: (next) => {
        setPreferenceState(next);
        setTheme(saveThemePreference(next));
      },
    }),
    [preference, theme],
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): ThemeState {
  const context = useContext(ThemeContext);
  if (!context) throw new Error('useTheme outside ThemeProvider');
  return context;
}
