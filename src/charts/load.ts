/**
 * The Chart.js adapter: the library loads with dynamic import() the first time a chart is drawn,
 * so only the results page pays for it, and only the pieces the bar charts use are registered
 * (no chart.js/auto).
 */
import type { Chart as ChartType } from 'chart.js'

const INK = '#1f2328'

let loading: Promise<typeof ChartType> | undefined

/** Chart.js's Chart class with the bar chart registered; loaded once. */
export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
      // The page's font and ink, at a size a board member reads without glasses.
      Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily
      Chart.defaults.font.size = 14
      Chart.defaults.color = INK
      return Chart
    },
  )
  return loading
}
