/** An action's failure, announced at once (role="alert"); nothing when there is none. */
export function ErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="inline-message inline-message-error" role="alert">
      {message}
    </p>
  );
}
