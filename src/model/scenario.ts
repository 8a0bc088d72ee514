import type { ChartNote } from './notes'

/**
 * What a user can choose. The model reads these; the store holds them; the URL and saved
 * scenarios carry them. Units are in the names.
 */
export type Company = 'nissan' | 'honda'

export type Currency = 'USD' | 'JPY'

/**
 * The options in the one order everything lists them: the switches, captions, summaries, links and
 * the comparison table (the two that cut the tariff first, then software, which saves development
 * cost). Use it wherever options are listed or filtered, never a literal list.
 */
export const PARTNERSHIP_OPTIONS = ['drivetrains', 'platforms', 'software'] as const
export type PartnershipOption = (typeof PARTNERSHIP_OPTIONS)[number]

export type PartnershipChoice = Record<PartnershipOption, boolean>

/** Every lever the Assumptions panel shows. None of them is published: each is a stated default. */
export interface Assumptions {
  fxJpyPerUsd: number
  /** Share of the tariff passed on to buyers in prices, 0–100. */
  passThroughPct: number
  /** Share of tariff-exposed value that NA-built shared drivetrains replace at full ramp, 0–100. */
  drivetrainsPct: number
  drivetrainsRampYears: number
  /** Share of tariff-exposed value moved into NA plants by co-developed platforms at full ramp. */
  platformsPct: number
  platformsRampYears: number
  /** Development cost each company saves a year by sharing software, at full ramp. */
  softwareSavingUsd: number
  softwareRampYears: number
  /** Import value per vehicle; only turns moved value into a vehicle count. */
  vehicleValueUsd: number
}

export type AssumptionKey = keyof Assumptions

export interface Scenario {
  tariffPct: number
  partnership: PartnershipChoice
  startYear: number
  currency: Currency
  assumptions: Assumptions
  /** Notes on the charts (#9), in the order they were added; see notes.ts for the limits. */
  notes: readonly ChartNote[]
}

export const NO_PARTNERSHIP: PartnershipChoice = { software: false, drivetrains: false, platforms: false }
