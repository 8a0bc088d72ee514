import { useScenario } from '../store/ScenarioStoreContext'

export function ResetButton() {
  const reset = useScenario((s) => s.reset)
  return (
    <button
      type="button"
      className="button secondary"
      onClick={reset}
      title="Back to the published settings: tariff 15%, no partnership, every assumption at its default"
    >
      Reset
    </button>
  )
}
