/**
 * Reading a ZIP archive as it arrives, entry after entry, from the local headers (the central
 * directory at the end is never needed): enough for an XLSX workbook read from a stream.
 *
 * Entries whose sizes follow their data (bit 3, as streaming writers such as exceljs make
 * them) are delimited by finding their data descriptor: a descriptor is taken only where the
 * compressed size it records equals the bytes read since the entry began, so compressed bytes
 * that happen to look like a signature are never mistaken for one. Content is inflated with
 * fflate and checked against the entry's CRC-32 and size. Input that ends early is
 * `truncated`, never a wait for bytes that will not come.
 *
 * @internal
 */
import { Inflate } from "fflate"

/** What is wrong with an archive. */
export type ZipProblem = "empty" | "notZip" | "truncated" | "damaged" | "encrypted" | "unsupported"

/** A problem with the archive; `message` names no content. */
export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    message: string
  ) {
    super(message)
    this.name = "ZipError"
  }
}

/** One entry's local header; `crc` and `size` are completed from a data descriptor once its data is read. */
export interface Entry {
  readonly name: string
  readonly method: number
  readonly flags: number
  /** The compressed size, when the header gives it. */
  readonly compressedSize: number | undefined
  crc: number
  size: number | undefined
  readonly zip64: boolean
}

const LOCAL = 0x04034b50
const CENTRAL = 0x02014b50
const END = 0x06054b50
const END64 = 0x06064b50
const DESCRIPTOR = 0x08074b50

const EMPTY = new Uint8Array(0)
const names = new TextDecoder("utf-8")

const u16 = (b: Uint8Array, i: number): number => (b[i] as number) | ((b[i + 1] as number) << 8)
const u32 = (b: Uint8Array, i: number): number =>
  ((b[i] as number) | ((b[i + 1] as number) << 8) | ((b[i + 2] as number) << 16) | ((b[i + 3] as number) << 24)) >>> 0
const u64 = (b: Uint8Array, i: number): number => u32(b, i) + u32(b, i + 4) * 0x1_0000_0000

/** Whether the four bytes at `i` begin a header that may follow an entry's data. */
const follows = (b: Uint8Array, i: number): boolean => {
  if (b[i] !== 0x50 || b[i + 1] !== 0x4b) return false
  const s = u32(b, i)
  return s === LOCAL || s === CENTRAL || s === END || s === END64
}

/** CRC-32 tables for four bytes at a time ("slicing by 4"). */
const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 4)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  for (let n = 0; n < 256; n++) {
    let c = table[n] as number
    for (let k = 1; k < 4; k++) {
      c = (table[c & 0xff] as number) ^ (c >>> 8)
      table[k * 256 + n] = c
    }
  }
  return table
})()

/** The CRC-32 of `data`, continuing from `crc` (0 to start). */
export const crc32 = (crc: number, data: Uint8Array): number => {
  const t = CRC_TABLE
  let c = ~crc
  let i = 0
  for (const n = data.length - 3; i < n; i += 4) {
    c ^= (data[i] as number) | ((data[i + 1] as number) << 8) | ((data[i + 2] as number) << 16) | ((data[i + 3] as number) << 24)
    c =
      (t[768 + (c & 0xff)] as number) ^
      (t[512 + ((c >>> 8) & 0xff)] as number) ^
      (t[256 + ((c >>> 16) & 0xff)] as number) ^
      (t[c >>> 24] as number)
  }
  for (; i < data.length; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8)
  return ~c >>> 0
}

/** A pull reader over chunks of bytes. */
class Input {
  private buffer: Uint8Array = EMPTY
  private at = 0
  private ended = false
  /** Bytes consumed since the start. */
  position = 0

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  get available(): number {
    return this.buffer.length - this.at
  }

  /** The bytes read and not yet consumed. */
  view(): Uint8Array {
    return this.buffer.subarray(this.at)
  }

  /** Reads one more chunk; false at the end of the input. */
  async more(): Promise<boolean> {
    while (!this.ended) {
      const next = await this.source.next()
      if (next.done === true) {
        this.ended = true
        return false
      }
      const chunk = next.value
      if (chunk.length === 0) continue
      if (this.at >= this.buffer.length) {
        this.buffer = chunk
      } else {
        const joined = new Uint8Array(this.available + chunk.length)
        joined.set(this.buffer.subarray(this.at))
        joined.set(chunk, this.available)
        this.buffer = joined
      }
      this.at = 0
      return true
    }
    return false
  }

  /** Makes `n` bytes available; false if the input ends first. */
  async ensure(n: number): Promise<boolean> {
    while (this.available < n) if (!(await this.more())) return false
    return true
  }

  take(n: number): Uint8Array {
    const out = this.buffer.subarray(this.at, this.at + n)
    this.at += n
    this.position += n
    return out
  }

  async close(): Promise<void> {
    this.ended = true
    await this.source.return?.()
  }
}

const truncated = () => new ZipError("truncated", "the archive ends before its last entry")

/**
 * Reads the entries of an archive in order. Call {@link next} for each entry's header, then
 * optionally {@link data} for its compressed bytes; an entry not read is skipped.
 */
export class Reader {
  private readonly input: Input
  private current: Entry | undefined
  private pending: AsyncGenerator<Uint8Array> | undefined
  private finished = false

  constructor(source: AsyncIterable<Uint8Array>) {
    this.input = new Input(source[Symbol.asyncIterator]())
  }

  /** The next entry, or `undefined` where the central directory begins. */
  async next(): Promise<Entry | undefined> {
    if (this.finished) return undefined
    if (this.current !== undefined) {
      const rest = this.pending ?? this.data()
      for (;;) if ((await rest.next()).done === true) break
    }
    const input = this.input
    for (;;) {
      const first = input.position === 0
      if (!(await input.ensure(4))) {
        if (first && input.available === 0) throw new ZipError("empty", "the file is empty")
        throw first ? new ZipError("notZip", "not a ZIP archive") : truncated()
      }
      const signature = u32(input.view(), 0)
      if (signature === LOCAL) break
      // the central directory, or the end record of an archive with no entries
      if ((!first && (signature === CENTRAL || signature === END64)) || signature === END) {
        this.finished = true
        this.current = undefined
        return undefined
      }
      // a split archive's marker may precede the first header
      if (first && signature === DESCRIPTOR) {
        input.take(4)
        continue
      }
      throw new ZipError(first ? "notZip" : "damaged", first ? "not a ZIP archive" : "no entry header where one should be")
    }
    if (!(await input.ensure(30))) throw truncated()
    const h = input.view()
    const flags = u16(h, 6)
    const method = u16(h, 8)
    const nameLength = u16(h, 26)
    const extraLength = u16(h, 28)
    if (!(await input.ensure(30 + nameLength + extraLength))) throw truncated()
    const header = input.take(30 + nameLength + extraLength)
    let compressedSize: number | undefined = u32(header, 18)
    let size: number | undefined = u32(header, 22)
    let zip64 = false
    const extra = header.subarray(30 + nameLength)
    for (let i = 0; i + 4 <= extra.length; ) {
      const id = u16(extra, i)
      const length = u16(extra, i + 2)
      if (id === 0x0001) {
        zip64 = true
        let at = i + 4
        if (size === 0xffffffff && at + 8 <= i + 4 + length && at + 8 <= extra.length) {
          size = u64(extra, at)
          at += 8
        }
        if (compressedSize === 0xffffffff && at + 8 <= i + 4 + length && at + 8 <= extra.length) compressedSize = u64(extra, at)
      }
      i += 4 + length
    }
    const described = (flags & 8) !== 0
    if (described && compressedSize === 0) {
      compressedSize = undefined
      size = undefined
    }
    if (compressedSize === 0xffffffff || size === 0xffffffff) throw new ZipError("damaged", "an entry's size is missing")
    this.current = {
      name: names.decode(header.subarray(30, 30 + nameLength)),
      method,
      flags,
      compressedSize,
      crc: u32(header, 14),
      size,
      zip64
    }
    this.pending = undefined
    if ((flags & 1) !== 0) throw new ZipError("encrypted", "the entry is encrypted")
    return this.current
  }

  /** The compressed bytes of the current entry; read to its end, it completes the entry's CRC and size. */
  data(): AsyncGenerator<Uint8Array> {
    const entry = this.current
    if (entry === undefined) throw new Error("no current entry")
    if (this.pending !== undefined) throw new Error("the entry's data is already being read")
    const generator = entry.compressedSize === undefined ? this.untilDescriptor(entry) : this.sized(entry, entry.compressedSize)
    this.pending = generator
    return generator
  }

  /**
   * Reads the rest of the archive, skipping its entries, and checks that it ends as an archive
   * does (with its end-of-central-directory record): an archive cut off anywhere is `truncated`.
   */
  async finish(): Promise<void> {
    while ((await this.next()) !== undefined) {
      // skipped
    }
    const input = this.input
    // the end record is the last 22 bytes, or more with a comment of up to 65,535 bytes
    const KEEP = 22 + 65_535
    let tail = input.take(input.available)
    while (await input.more()) {
      const chunk = input.take(input.available)
      if (tail.length + chunk.length <= KEEP * 2) {
        const joined = new Uint8Array(tail.length + chunk.length)
        joined.set(tail)
        joined.set(chunk, tail.length)
        tail = joined
      } else {
        const joined = new Uint8Array(Math.min(KEEP, tail.length + chunk.length))
        const fromChunk = Math.min(chunk.length, joined.length)
        joined.set(tail.subarray(tail.length - (joined.length - fromChunk)))
        joined.set(chunk.subarray(chunk.length - fromChunk), joined.length - fromChunk)
        tail = joined
      }
    }
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail[i] === 0x50 && u32(tail, i) === END && i + 22 + u16(tail, i + 20) === tail.length) return
    }
    throw truncated()
  }

  async close(): Promise<void> {
    this.finished = true
    await this.pending?.return(undefined)
    await this.input.close()
  }

  private async *sized(entry: Entry, length: number): AsyncGenerator<Uint8Array> {
    const input = this.input
    let left = length
    while (left > 0) {
      if (input.available === 0 && !(await input.more())) throw truncated()
      const n = Math.min(left, input.available)
      left -= n
      yield input.take(n)
    }
    if ((entry.flags & 8) !== 0) {
      // a descriptor follows even though the header had the sizes
      if (!(await input.ensure(4))) throw truncated()
      if (u32(input.view(), 0) === DESCRIPTOR) input.take(4)
      const length = entry.zip64 ? 20 : 12
      if (!(await input.ensure(length))) throw truncated()
      input.take(length)
    }
  }

  /**
   * The data of an entry whose sizes follow it. A descriptor is recognised where its recorded
   * compressed size equals the bytes read since the data began and a header follows it: with a
   * signature (`PK\x07\x08`, CRC, sizes) or without (CRC and sizes just before the next header).
   */
  private async *untilDescriptor(entry: Entry): AsyncGenerator<Uint8Array> {
    const input = this.input
    // bytes needed after a candidate position, and before it, to check it
    const AHEAD = 28
    const BEHIND = 20
    let count = 0
    let from = 0
    for (;;) {
      const b = input.view()
      const limit = b.length - AHEAD
      let p = from
      while (p < limit) {
        p = b.indexOf(0x50, p)
        if (p < 0 || p >= limit) break
        if (b[p + 1] === 0x4b) {
          const s = u32(b, p)
          let end = -1
          let skip = 0
          if (s === DESCRIPTOR) {
            if (u32(b, p + 8) === count + p && follows(b, p + 16)) {
              end = p
              skip = 16
            } else if (u64(b, p + 8) === count + p && follows(b, p + 24)) {
              end = p
              skip = 24
            }
            if (end >= 0) {
              entry.crc = u32(b, p + 4)
              entry.size = skip === 16 ? u32(b, p + 12) : u64(b, p + 16)
            }
          } else if (s === LOCAL || s === CENTRAL || s === END || s === END64) {
            if (p >= 12 && u32(b, p - 8) === count + p - 12) {
              end = p - 12
              skip = 12
              entry.crc = u32(b, end)
              entry.size = u32(b, p - 4)
            } else if (p >= 20 && u64(b, p - 16) === count + p - 20) {
              end = p - 20
              skip = 20
              entry.crc = u32(b, end)
              entry.size = u64(b, p - 8)
            }
          }
          if (end >= 0) {
            if (end > 0) yield input.take(end)
            input.take(skip)
            return
          }
        }
        p++
      }
      // hand on what cannot belong to a descriptor, keep the rest to look at with more input
      const safe = Math.max(0, limit - BEHIND)
      if (safe > 0) {
        count += safe
        yield input.take(safe)
      }
      from = Math.max(0, limit - safe)
      if (!(await input.more())) throw truncated()
    }
  }
}

/** The largest piece of compressed input handed to the inflater at once (bounds what one piece can expand to). */
const PIECE = 1 << 15

/**
 * The content of an entry from its compressed bytes, checked against the entry's CRC-32 and size
 * once all is read. `limit` bounds the inflated size.
 */
export async function* inflate(entry: Entry, compressed: AsyncIterable<Uint8Array>, limit = Number.MAX_SAFE_INTEGER): AsyncGenerator<Uint8Array> {
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipError("unsupported", `compression method ${entry.method} is not supported`)
  }
  let crc = 0
  let total = 0
  const out: Array<Uint8Array> = []
  const inflater = entry.method === 8 ? new Inflate((chunk) => out.push(chunk)) : undefined
  const check = (chunk: Uint8Array) => {
    total += chunk.length
    if (total > limit || (entry.size !== undefined && total > entry.size)) {
      throw new ZipError("damaged", "an entry is larger than it says")
    }
    crc = crc32(crc, chunk)
  }
  const push = (piece: Uint8Array, final: boolean) => {
    try {
      inflater!.push(piece, final)
    } catch {
      throw new ZipError("damaged", "compressed data cannot be inflated")
    }
  }
  for await (const chunk of compressed) {
    if (inflater === undefined) {
      check(chunk)
      yield chunk
      continue
    }
    for (let at = 0; at < chunk.length; at += PIECE) {
      push(chunk.subarray(at, Math.min(chunk.length, at + PIECE)), false)
      while (out.length > 0) {
        const piece = out.shift()!
        if (piece.length === 0) continue
        check(piece)
        yield piece
      }
    }
  }
  if (inflater !== undefined) {
    push(EMPTY, true)
    for (const piece of out.splice(0)) {
      if (piece.length === 0) continue
      check(piece)
      yield piece
    }
  }
  if ((entry.size !== undefined && total !== entry.size) || crc !== entry.crc) {
    throw new ZipError("damaged", "an entry's content does not match its checksum")
  }
}
