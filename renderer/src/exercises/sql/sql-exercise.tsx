// Renderer: SQL debugging exercise (integrated from exercises/sql once its content lands).
export default function SqlExercise({ variantId }: { variantId: string }) {
  return <p className="center-message">SQL exercise variant {variantId} is loading its content.</p>;
}
