import { HubFailure } from '../api/hub-failure';

/** Placeholder for a contract method whose service lands in the next commit. */
export function pending(): never {
  throw new HubFailure('internal', 'This part of Integration Hub is still being built.');
}
