// Renderer: Python ingestion exercise (integrated from exercises/python once its content lands).
export default function PythonExercise({ variantId }: { variantId: string }) {
  return <p className="center-message">Python exercise variant {variantId} is loading its content.</p>;
}
