/** An error the screen reader announces at once; renders nothing without a message. */
export function ErrorAlert({ message }: { readonly message: string | undefined }) {
  if (!message) return null;
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}
