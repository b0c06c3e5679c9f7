import type { CreatableApplicationType } from '@/api/applications';
import type { LogoGlyph } from './framework-logo';

export const CATALOGUE_CATEGORIES = ['traditional', 'spa', 'native', 'm2m'] as const;
export type CatalogueCategory = (typeof CATALOGUE_CATEGORIES)[number];

/** What each catalogue category creates. */
export const categoryApplicationType: Record<CatalogueCategory, CreatableApplicationType> = {
  traditional: 'Traditional',
  spa: 'SPA',
  native: 'Native',
  m2m: 'MachineToMachine',
};

/** Guides Torii ships; a framework without one lands on the generic "connection details" quick start. */
export type GuideId = 'flask';

export type Framework = {
  id: string;
  /** Product names are not translated. */
  name: string;
  /** The language or platform, shown under the name and matched by search. */
  platform: string;
  category: CatalogueCategory;
  guide?: GuideId;
  logo: { color: string; glyph: LogoGlyph };
};

export const FRAMEWORKS: readonly Framework[] = [
  { id: 'flask', name: 'Flask', platform: 'Python', category: 'traditional', guide: 'flask', logo: { color: '#1f6f8b', glyph: 'flask' } },
  { id: 'django', name: 'Django', platform: 'Python', category: 'traditional', logo: { color: '#0c4b33', glyph: { text: 'dj' } } },
  { id: 'express', name: 'Express', platform: 'Node.js', category: 'traditional', logo: { color: '#3b3b3b', glyph: { text: 'ex' } } },
  { id: 'nextjs', name: 'Next.js', platform: 'React', category: 'traditional', logo: { color: '#111111', glyph: { text: 'N' } } },
  { id: 'go', name: 'Go', platform: 'Go', category: 'traditional', logo: { color: '#00758f', glyph: { text: 'Go' } } },
  { id: 'php', name: 'PHP', platform: 'PHP', category: 'traditional', logo: { color: '#4f5b93', glyph: { text: 'php' } } },
  { id: 'spring-boot', name: 'Java Spring Boot', platform: 'Java', category: 'traditional', logo: { color: '#4e8a2f', glyph: 'leaf' } },
  { id: 'dotnet', name: '.NET', platform: 'ASP.NET Core', category: 'traditional', logo: { color: '#5c2d91', glyph: { text: '.N' } } },
  { id: 'rails', name: 'Ruby on Rails', platform: 'Ruby', category: 'traditional', logo: { color: '#a8251c', glyph: { text: 'Rb' } } },
  { id: 'react', name: 'React', platform: 'JavaScript', category: 'spa', logo: { color: '#0b7285', glyph: 'atom' } },
  { id: 'vue', name: 'Vue', platform: 'JavaScript', category: 'spa', logo: { color: '#2f7d5b', glyph: 'chevron' } },
  { id: 'angular', name: 'Angular', platform: 'TypeScript', category: 'spa', logo: { color: '#b52e31', glyph: 'shield' } },
  { id: 'svelte', name: 'Svelte', platform: 'JavaScript', category: 'spa', logo: { color: '#c2410c', glyph: { text: 'S' } } },
  { id: 'ios', name: 'iOS', platform: 'Swift', category: 'native', logo: { color: '#3a3a3c', glyph: 'phone' } },
  { id: 'android', name: 'Android', platform: 'Kotlin', category: 'native', logo: { color: '#2e7d32', glyph: 'phone' } },
  { id: 'flutter', name: 'Flutter', platform: 'Dart', category: 'native', logo: { color: '#0d5fa6', glyph: 'chevron' } },
  { id: 'react-native', name: 'React Native', platform: 'JavaScript', category: 'native', logo: { color: '#155e75', glyph: 'atom' } },
  { id: 'm2m-node', name: 'Node.js', platform: 'JavaScript', category: 'm2m', logo: { color: '#3f6212', glyph: 'terminal' } },
  { id: 'm2m-python', name: 'Python', platform: 'requests', category: 'm2m', logo: { color: '#1e40af', glyph: 'terminal' } },
  { id: 'm2m-curl', name: 'cURL', platform: 'HTTP', category: 'm2m', logo: { color: '#9a3412', glyph: 'terminal' } },
];

/** Case-insensitive match on name and platform; a blank term matches everything. */
export function filterFrameworks(frameworks: readonly Framework[], term: string, category: CatalogueCategory | 'all') {
  const needle = term.trim().toLowerCase();
  return frameworks.filter(
    (framework) =>
      (category === 'all' || framework.category === category) &&
      (!needle || framework.name.toLowerCase().includes(needle) || framework.platform.toLowerCase().includes(needle)),
  );
}

export const findFramework = (id: string | undefined) => FRAMEWORKS.find((framework) => framework.id === id);
