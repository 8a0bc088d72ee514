import type { PartnershipOption } from '../model/scenario'

/** Names of the partnership options as controls, captions and the methodology print them. */
export const OPTION_NAMES: Record<PartnershipOption, { long: string; short: string; hint: string }> = {
  software: { long: 'Shared software', short: 'shared software', hint: 'Saves development cost; does not change the tariff.' },
  drivetrains: {
    long: 'Shared drivetrains built in North America',
    short: 'shared drivetrains',
    hint: 'Replaces imported powertrain value with NA-built drivetrains.',
  },
  platforms: {
    long: 'Co-developed platforms',
    short: 'co-developed platforms',
    hint: 'Moves whole models into North American plants.',
  },
}
