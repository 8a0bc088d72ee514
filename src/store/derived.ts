import { useMemo } from 'react'
import { useScenarioFields } from './ScenarioStoreContext'
import { selectMoneyFormat } from './scenarioStore'
import { formatAxisMoney, formatMoney } from '../format/format'
import { niceMoneyTicks } from '../format/niceTicks'

export interface MoneyFormatters {
  currency: 'USD' | 'JPY'
  money: (usd: number) => string
  axis: (usd: number) => string
  /** Round axis ticks in the currency on screen, as USD values. */
  ticks: (maxUsd: number) => number[]
}

/** Formatters bound to the chosen currency and rate; stable until either changes. */
export function useMoneyFormatters(): MoneyFormatters {
  const { currency, fx } = useScenarioFields(selectMoneyFormat)
  return useMemo(
    () => ({
      currency,
      money: (usd: number) => formatMoney(usd, currency, fx),
      axis: (usd: number) => formatAxisMoney(usd, currency, fx),
      ticks: (maxUsd: number) => niceMoneyTicks(maxUsd, currency, fx),
    }),
    [currency, fx],
  )
}
