import type { AppSlice } from './app-slice';
import type { OrderHooksSlice } from './order-hooks-slice';
import type { PartnersSlice } from './partners-slice';

/** The one store: every feature slice side by side. */
export type AppState = AppSlice & OrderHooksSlice & PartnersSlice;

/** Where a core-owned piece of state is in its first load. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'failed';
