/** Timing and the figures a case reports. */

/** One figure of a case: the library's time beside the floor's, measured in the same run. */
export interface Figure {
  readonly case: string
  readonly what: string
  readonly ms: number
  readonly floorMs: number
  readonly ratio: number
  /** Rows (or items) per second, where the case has a count. */
  readonly perSecond?: number
  readonly floorPerSecond?: number
  /** Peak resident memory of the library's process, where measured. */
  readonly maxRssMb?: number
  readonly floorMaxRssMb?: number
  /** Whether the library's numbers equal the floor's. */
  readonly equal: boolean
  readonly difference?: string
}

/** The median of `repeat` runs of `f`, in milliseconds, and its last result. */
export const time = async <A>(repeat: number, f: () => A | Promise<A>): Promise<{ ms: number; value: A }> => {
  const samples: Array<number> = []
  let value!: A
  for (let i = 0; i < repeat; i++) {
    const start = performance.now()
    value = await f()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  return { ms: samples[Math.floor(samples.length / 2)]!, value }
}

/** The first difference between two lists of cells written as `key=value`, or undefined. */
export const differ = (library: ReadonlyArray<string>, floor: ReadonlyArray<string>): string | undefined => {
  const a = [...library].sort()
  const b = [...floor].sort()
  if (a.length !== b.length) return `${a.length} cells against the floor's ${b.length}`
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `library ${a[i]} / floor ${b[i]}`
  return undefined
}

/** The figure of a report case: the library's cells against the floor's, and how long each took. */
export const cellsFigure = (
  name: string,
  queries: number,
  library: { readonly ms: number; readonly value: ReadonlyArray<string> },
  floor: { readonly ms: number; readonly value: ReadonlyArray<string> }
): Figure => {
  const difference = differ(library.value, floor.value)
  return {
    case: name,
    what: `${queries} queries, ${library.value.length} cells`,
    ms: library.ms,
    floorMs: floor.ms,
    ratio: library.ms / floor.ms,
    equal: difference === undefined,
    ...(difference === undefined ? {} : { difference })
  }
}
