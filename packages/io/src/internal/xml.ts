/**
 * Streaming XML for the parts of a workbook: bytes are decoded with a streaming `TextDecoder`
 * (so a character split between two chunks is joined, never replaced by U+FFFD; bytes that are
 * not UTF-8 are an error, not a guess) and parsed by saxes, which hands on elements by their
 * local name (`x:row` is `row`).
 *
 * Input that goes on for more than `quiet` characters without an element or text ending (a
 * giant text, a damaged or hostile part) is refused rather than held in memory.
 *
 * @internal
 */
import { SaxesParser } from "saxes"

/** What is wrong with a part. */
export type XmlProblem = "damaged" | "tooLong"

/** A part that is not well-formed XML (or not text), or too long without a break. */
export class XmlError extends Error {
  constructor(
    readonly problem: XmlProblem,
    message: string
  ) {
    super(message)
    this.name = "XmlError"
  }
}

/** What a part's reader does with its elements and text. */
export interface Handler {
  open(name: string, attributes: Readonly<Record<string, string>>): void
  close(name: string): void
  text(text: string): void
}

const local = (name: string): string => {
  const colon = name.indexOf(":")
  return colon < 0 ? name : name.slice(colon + 1)
}

/** The largest piece of text handed to the parser at once. */
const PIECE = 1 << 16

/** A streaming parser of one part. */
export class Reader {
  private readonly parser: SaxesParser
  private decoder: TextDecoder | undefined
  private head: Uint8Array | undefined
  private since = 0
  private failure: unknown

  constructor(
    handler: Handler,
    private readonly quiet = 4_000_000
  ) {
    const parser = new SaxesParser({ position: false })
    // an error of the handler is kept, so that it is not taken for one of the XML
    const failed = (error: unknown): never => {
      this.failure = error
      throw error
    }
    parser.on("opentag", (tag) => {
      this.since = 0
      try {
        const name = local(tag.name)
        handler.open(name, tag.attributes as Record<string, string>)
        if (tag.isSelfClosing) handler.close(name)
      } catch (error) {
        failed(error)
      }
    })
    parser.on("closetag", (tag) => {
      this.since = 0
      try {
        if (!tag.isSelfClosing) handler.close(local(tag.name))
      } catch (error) {
        failed(error)
      }
    })
    const text = (t: string) => {
      this.since = 0
      try {
        handler.text(t)
      } catch (error) {
        failed(error)
      }
    }
    parser.on("text", text)
    parser.on("cdata", text)
    this.parser = parser
  }

  /** Parses the next bytes of the part. */
  write(bytes: Uint8Array): void {
    if (this.decoder === undefined) {
      // the encoding is known from the first two bytes: a UTF-16 byte-order mark, or UTF-8
      const joined = this.head === undefined ? bytes : concat(this.head, bytes)
      if (joined.length < 2) {
        this.head = joined
        return
      }
      this.head = undefined
      const label = joined[0] === 0xff && joined[1] === 0xfe ? "utf-16le" : joined[0] === 0xfe && joined[1] === 0xff ? "utf-16be" : "utf-8"
      this.decoder = new TextDecoder(label, { fatal: true })
      this.feed(joined)
      return
    }
    this.feed(bytes)
  }

  /** Ends the part: it must be complete. */
  end(): void {
    if (this.decoder === undefined) {
      this.decoder = new TextDecoder("utf-8", { fatal: true })
      if (this.head !== undefined) this.feed(this.head)
    }
    let rest: string
    try {
      rest = this.decoder.decode()
    } catch {
      throw new XmlError("damaged", "a part is not UTF-8 text")
    }
    this.parse(rest)
    try {
      this.parser.close()
    } catch (error) {
      if (this.failure !== undefined) throw this.failure
      throw new XmlError("damaged", "a part ends before its XML does")
    }
  }

  private feed(bytes: Uint8Array): void {
    let text: string
    try {
      text = this.decoder!.decode(bytes, { stream: true })
    } catch {
      throw new XmlError("damaged", "a part is not UTF-8 text")
    }
    this.parse(text)
  }

  private parse(text: string): void {
    for (let at = 0; at < text.length; at += PIECE) {
      const piece = at === 0 && text.length <= PIECE ? text : text.slice(at, at + PIECE)
      this.since += piece.length
      try {
        this.parser.write(piece)
      } catch (error) {
        if (this.failure !== undefined) throw this.failure
        throw new XmlError("damaged", "a part is not well-formed XML")
      }
      if (this.since > this.quiet) throw new XmlError("tooLong", "a text or tag is too long")
    }
  }
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

/** Decodes the `_xHHHH_` escapes that OOXML uses for characters XML cannot carry (`_x000D_` is a carriage return). */
export const unescapeOoxml = (text: string): string =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text
