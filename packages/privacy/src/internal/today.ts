/** "Today" and "now" for privacy: core's, so that every package reckons them alike. */
import { Time } from "@pctnxh/core"

/** Today's date in the time zone (Vietnam's by default), from the Clock. */
export const today = Time.today

/** The current instant (`…Z`), from the Clock. */
export const now = Time.now
