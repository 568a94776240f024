import { useAppStore } from '../../store/store-context';

/** Whether someone is holding this destination (#14): nothing goes to it until it is released. */
export function useHeldDestination(destinationId: string): boolean {
  return useAppStore((state) => state.app.status?.heldPartners.some((held) => held.id === destinationId) ?? false);
}
