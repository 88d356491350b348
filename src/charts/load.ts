/**
 * The Chart.js adapter: the library loads with dynamic import() the first time a chart is drawn,
 * so only the results page pays for it, and only the pieces the bar charts use are registered
 * (no chart.js/auto).
 */
import type { Chart as ChartType } from 'chart.js'

let loading: Promise<typeof ChartType> | undefined

/** Chart.js's Chart class with the bar chart registered; loaded once. */
export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)
      return Chart
    },
  )
  return loading
}
