import { useOutletContext } from 'react-router';
import type { Application } from '@/api/applications';

/** The details layout loads the application once; its tabs read it from here. */
export type ApplicationOutletContext = { application: Application };

export const useApplicationOutlet = () => useOutletContext<ApplicationOutletContext>();
