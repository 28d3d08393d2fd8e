/** The id of the version of Vietnam's units in force until 30 June 2025 (`308@pre2025`). */
export const BEFORE_2025 = "pre2025"

/** The id of the version in force from 1 July 2025 (`31@2025`). */
export const FROM_2025 = "2025"

/** The day the two-level geography took effect. */
export const REFORM_DATE = "2025-07-01"
