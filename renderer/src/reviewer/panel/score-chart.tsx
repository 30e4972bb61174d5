// Renderer: grouped bars, one group per dimension, one bar per candidate (chart.js via react-chartjs-2, drawn on a
// canvas from the local package, so it works offline under the app's CSP). The table beside it holds the same numbers.
import { BarController, BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { CompareRow } from './compare-model';

ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Distinguishable on white and for common colour-vision deficiencies (Okabe–Ito). */
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];

export default function ScoreChart({ rows, dimensions }: { rows: readonly CompareRow[]; dimensions: ReadonlyArray<{ dimensionId: string; title: string }> }) {
  const summary = rows.map((r) => `${r.candidateName}: ${dimensions.map((d) => `${d.title} ${r.ratings[d.dimensionId] ?? 'none'}`).join(', ')}`).join('. ');
  return (
    <div className="compare-chart" data-testid="compare-chart">
      <Bar
        aria-label={`Dimension ratings, 1 to 5, per candidate. ${summary}`}
        role="img"
        data={{
          labels: dimensions.map((d) => d.title),
          datasets: rows.map((r, i) => ({
            label: r.candidateName,
            data: dimensions.map((d) => r.ratings[d.dimensionId] ?? 0),
            backgroundColor: COLOURS[i % COLOURS.length],
          })),
        }}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: { y: { min: 0, max: 5, ticks: { stepSize: 1 }, title: { display: true, text: 'Rating (1–5)' } } },
          plugins: { legend: { position: 'bottom' } },
        }}
      />
    </div>
  );
}
