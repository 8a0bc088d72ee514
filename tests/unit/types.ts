export type { Assumptions } from '../../src/model/scenario'
export type { CostInputs as CostInputsLike } from '../../src/model/projection'
