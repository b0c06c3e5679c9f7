import { Outlet } from 'react-router';

// Placeholder layout until the applications issue fills it.
export function Component() {
  return <Outlet />;
}
