/**
 * The table that numbers identical rows of a file: how often each fingerprint of a row's
 * content has been seen. It holds at most a set number of fingerprints in memory; past it, on
 * Node, it writes them sorted to a temporary file and keeps of each such run only a filter
 * (10 bits a fingerprint) and every 512th fingerprint, so that a file of any size is numbered
 * exactly in bounded memory. Where there is no file system (a browser) everything stays in
 * memory.
 */

/** How many tables the fingerprints in memory are spread over, by their top 8 bits. */
const PARTS = 256
/** 2^44: a fingerprint less one, divided by it, gives its top 8 bits of 52. */
const PART_WIDTH = 2 ** 44

/** Fingerprints held in memory before they are written to a run: 32 MB of slots when full. */
export const IN_MEMORY = 2 ** 21

/** Every how many fingerprints of a run one is kept in memory, to find its block in the file. */
const STRIDE = 512
/** Bits of a run's filter per fingerprint, and how many of them each fingerprint sets. */
const FILTER_BITS = 10
const FILTER_PROBES = 7

/** The synchronous file calls a run needs (Node's `fs`). */
interface Files {
  readonly openSync: (path: string, flags: string) => number
  readonly writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => number
  readonly readSync: (fd: number, buffer: Uint8Array, offset: number, length: number, position: number) => number
  readonly closeSync: (fd: number) => void
  readonly unlinkSync: (path: string) => void
}

/** Node's `fs`, and a temporary directory, where the module runs on Node; none in a browser. */
const node = ((): { readonly fs: Files; readonly dir: string } | undefined => {
  try {
    const process = (globalThis as { readonly process?: { readonly getBuiltinModule?: (id: string) => unknown } }).process
    const fs = process?.getBuiltinModule?.("node:fs") as Files | undefined
    const os = process?.getBuiltinModule?.("node:os") as { readonly tmpdir: () => string } | undefined
    return fs === undefined || os === undefined ? undefined : { fs, dir: os.tmpdir() }
  } catch {
    return undefined
  }
})()

/** The temporary file the runs are written to, one after another. */
interface SpillFile {
  readonly fd: number
  /** Its path while it still has one to remove (where an open file cannot be unlinked). */
  path: string | undefined
  /** Bytes written so far: where the next run starts. */
  end: number
}

/** Fingerprints written to the file, sorted, with what finds them again. */
interface Run {
  /** Where the run starts in the file, in bytes, and how many fingerprints it holds. */
  readonly start: number
  readonly count: number
  /** Every {@link STRIDE}-th fingerprint of the run, from the first. */
  readonly sparse: Float64Array
  /** A Bloom filter of the run's fingerprints. */
  readonly filter: Uint32Array
  readonly bits: number
}

/** The low and high halves of a fingerprint's 52 bits, combined into the filter's probes. */
const low = (fp: number): number => fp % 2 ** 26
const high = (fp: number): number => Math.floor(fp / 2 ** 26) | 1

const closeFile = new FinalizationRegistry<SpillFile>((file) => release(file))

const release = (file: SpillFile): void => {
  try {
    node!.fs.closeSync(file.fd)
  } catch {
    // closed already
  }
  if (file.path !== undefined) {
    try {
      node!.fs.unlinkSync(file.path)
    } catch {
      // removed already
    }
    file.path = undefined
  }
}

/**
 * Counts how often each fingerprint has been seen: in memory, in 8 bytes per slot of
 * open-addressing tables of doubles (at most three quarters full) spread over {@link PARTS}
 * tables that each grow on their own (growing copies one table of 256, never the whole), then,
 * past `inMemory` fingerprints, in sorted runs on disk; plus a map for the fingerprints seen
 * more than once. `close` removes the file; a table dropped without it removes its file when it
 * is collected.
 */
export class Occurrences {
  private parts: Array<Float64Array> = fresh()
  private readonly sizes = new Uint32Array(PARTS)
  private held = 0
  private readonly repeats = new Map<number, number>()
  private readonly runs: Array<Run> = []
  private file: SpillFile | undefined
  /** One block of a run, read from the file, and its bytes. */
  private readonly block = new Float64Array(STRIDE)
  private readonly blockBytes = new Uint8Array(this.block.buffer)
  private readonly inMemory: number
  /** Whether runs can be written: not in a browser, nor once a write has failed. */
  private spills = node !== undefined

  constructor(options: { readonly inMemory?: number | undefined } = {}) {
    this.inMemory = Math.max(1, options.inMemory ?? IN_MEMORY)
  }

  /** Records one more occurrence and returns how many there have been (1 for the first). */
  next(fp: number): number {
    const part = Math.floor((fp - 1) / PART_WIDTH)
    let slots = this.parts[part]!
    const mask = slots.length - 1
    // the low bits of the fingerprint are uniformly distributed
    for (let i = fp % slots.length; ; i = (i + 1) & mask) {
      const v = slots[i]
      if (v === 0) break
      if (v === fp) return this.again(fp)
    }
    for (const run of this.runs) if (this.inRun(run, fp)) return this.again(fp)
    const size = this.sizes[part]! + 1
    if (size * 4 > slots.length * 3) {
      const grown = new Float64Array(slots.length * 2)
      for (const v of slots) if (v !== 0) insert(grown, v)
      this.parts[part] = slots = grown
    }
    insert(slots, fp)
    this.sizes[part] = size
    if (++this.held >= this.inMemory && this.spills) this.spill()
    return 1
  }

  /** Fingerprints written to disk so far (0 where everything is in memory). */
  get spilled(): number {
    let n = 0
    for (const run of this.runs) n += run.count
    return n
  }

  /** Removes the temporary file, if any. The table cannot be used after. */
  close(): void {
    if (this.file === undefined) return
    closeFile.unregister(this)
    release(this.file)
    this.file = undefined
  }

  private again(fp: number): number {
    const n = (this.repeats.get(fp) ?? 1) + 1
    this.repeats.set(fp, n)
    return n
  }

  /** Writes the fingerprints in memory to a run, sorted, and empties the tables. */
  private spill(): void {
    const file = this.opened()
    if (file === undefined) {
      this.spills = false
      return
    }
    const sorted = new Float64Array(this.held)
    let n = 0
    for (const slots of this.parts) for (const v of slots) if (v !== 0) sorted[n++] = v
    sorted.sort()
    const bytes = new Uint8Array(sorted.buffer)
    try {
      for (let at = 0; at < bytes.length; ) at += node!.fs.writeSync(file.fd, bytes, at, bytes.length - at, file.end + at)
    } catch {
      // a full disk: the fingerprints stay in memory, as they would in a browser
      this.spills = false
      return
    }
    const bits = Math.max(64, n * FILTER_BITS)
    const filter = new Uint32Array(Math.ceil(bits / 32))
    for (const fp of sorted) {
      const l = low(fp)
      const h = high(fp)
      for (let i = 0; i < FILTER_PROBES; i++) {
        const b = (l + i * h) % bits
        filter[b >>> 5]! |= 1 << (b & 31)
      }
    }
    const sparse = new Float64Array(Math.ceil(n / STRIDE))
    for (let i = 0; i < sparse.length; i++) sparse[i] = sorted[i * STRIDE]!
    this.runs.push({ start: file.end, count: n, sparse, filter, bits })
    file.end += bytes.length
    this.parts = fresh()
    this.sizes.fill(0)
    this.held = 0
  }

  /** The temporary file, opened with the first run; none where there is no file system or it cannot be written. */
  private opened(): SpillFile | undefined {
    if (this.file !== undefined || node === undefined) return this.file
    const path = `${node.dir}/pctnxh-rows-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`
    let fd: number
    try {
      fd = node.fs.openSync(path, "wx+")
    } catch {
      return undefined
    }
    const file: SpillFile = { fd, path, end: 0 }
    // removed at once where an open file can be (the descriptor keeps it until it is closed):
    // nothing is left behind if the process is killed
    try {
      node.fs.unlinkSync(path)
      file.path = undefined
    } catch {
      // removed by close
    }
    closeFile.register(this, file, this)
    return (this.file = file)
  }

  /** Whether a run holds a fingerprint: its filter first, then the one block of the file it would be in. */
  private inRun(run: Run, fp: number): boolean {
    const l = low(fp)
    const h = high(fp)
    for (let i = 0; i < FILTER_PROBES; i++) {
      const b = (l + i * h) % run.bits
      if ((run.filter[b >>> 5]! & (1 << (b & 31))) === 0) return false
    }
    // the last block whose first fingerprint is not above it
    let lo = 0
    let hi = run.sparse.length - 1
    if (run.sparse[0]! > fp) return false
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if (run.sparse[mid]! <= fp) lo = mid
      else hi = mid - 1
    }
    const first = lo * STRIDE
    const count = Math.min(STRIDE, run.count - first)
    const length = count * 8
    for (let at = 0; at < length; ) {
      const read = node!.fs.readSync(this.file!.fd, this.blockBytes, at, length - at, run.start + first * 8 + at)
      if (read === 0) break
      at += read
    }
    let a = 0
    let z = count - 1
    while (a <= z) {
      const mid = (a + z) >>> 1
      const v = this.block[mid]!
      if (v === fp) return true
      if (v < fp) a = mid + 1
      else z = mid - 1
    }
    return false
  }
}

const fresh = (): Array<Float64Array> => Array.from({ length: PARTS }, () => new Float64Array(16))

const insert = (slots: Float64Array, fp: number): void => {
  const mask = slots.length - 1
  let i = fp % slots.length
  while (slots[i] !== 0) i = (i + 1) & mask
  slots[i] = fp
}
