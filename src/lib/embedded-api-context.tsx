import { createContext, useContext } from 'react';

/** What the shell may do with the embedded API; null in connected mode. */
export type EmbeddedApiControls = { resetData: () => Promise<void> };

export const EmbeddedApiContext = createContext<EmbeddedApiControls | null>(null);
export const useEmbeddedApi = () => useContext(EmbeddedApiContext);
