import { useScenario } from '../store/ScenarioStoreContext'
import { useBaseline } from '../data/useBaseline'
import { formatPct } from '../format/format'

export function ResetButton() {
  const reset = useScenario((s) => s.reset)
  // Reset's target is the published scenario (data/publishedScenario), whose tariff is the baseline's default.
  const tariffPct = useBaseline().defaults.tariffPct
  return (
    <button
      type="button"
      className="button secondary"
      onClick={reset}
      title={`Back to the published settings: tariff ${formatPct(tariffPct)}, no partnership, every assumption at its default`}
    >
      Reset
    </button>
  )
}
