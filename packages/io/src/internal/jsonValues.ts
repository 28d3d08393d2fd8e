/**
 * Reads a JSON object as it streams in, handing on each of its top-level fields and, for one
 * array field (`dataValues`), each element on its own — so a dataValueSet of any size is read
 * in the memory of one data value.
 */

/** A top-level field, or one element of the streamed array (numbered from 1). */
export type JsonEvent =
  | { readonly _tag: "field"; readonly key: string; readonly value: unknown }
  | { readonly _tag: "element"; readonly index: number; readonly value: unknown }

/** Why the text is not the JSON object expected, with the element it was in (0 before any). */
export class JsonProblem extends Error {
  constructor(
    readonly what: "syntax" | "notObject" | "tooLarge" | "encoding",
    readonly index: number
  ) {
    super(what)
  }
}

const WS = new Set([" ", "\t", "\n", "\r"])
const MAX_VALUE = 4 * 1024 * 1024

/** The end (exclusive) of the string starting at `i`, or -1 when the text stops before it. */
const stringEnd = (s: string, i: number): number => {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j)
    if (c === 92) j++
    else if (c === 34) return j + 1
  }
  return -1
}

/** The end (exclusive) of the JSON value starting at `i`, or -1 when the text stops before it. */
const valueEnd = (s: string, i: number, final: boolean): number => {
  const c = s[i]
  if (c === '"') return stringEnd(s, i)
  if (c === "{" || c === "[") {
    let depth = 0
    for (let j = i; j < s.length; j++) {
      const d = s[j]
      if (d === '"') {
        const e = stringEnd(s, j)
        if (e < 0) return -1
        j = e - 1
      } else if (d === "{" || d === "[") depth++
      else if (d === "}" || d === "]") {
        depth--
        if (depth === 0) return j + 1
      }
    }
    return -1
  }
  for (let j = i; j < s.length; j++) if (s[j] === "," || s[j] === "}" || s[j] === "]" || WS.has(s[j]!)) return j
  return final ? s.length : -1
}

/**
 * The events of a JSON object read from chunks of UTF-8 bytes; `arrayField` is streamed
 * element by element. Throws a {@link JsonProblem} on text that is not such an object.
 */
export async function* jsonEvents(chunks: AsyncIterable<Uint8Array>, arrayField: string): AsyncGenerator<JsonEvent> {
  const decoder = new TextDecoder("utf-8", { fatal: true })
  const iterator = chunks[Symbol.asyncIterator]()
  let buf = ""
  let pos = 0
  let done = false
  let index = 0
  const more = async (): Promise<boolean> => {
    if (done) return false
    const next = await iterator.next()
    try {
      if (next.done === true) {
        done = true
        buf += decoder.decode()
        return false
      }
      buf += decoder.decode(next.value, { stream: true })
    } catch {
      throw new JsonProblem("encoding", index)
    }
    if (pos > 65_536) {
      buf = buf.slice(pos)
      pos = 0
    }
    return true
  }
  const skip = async (): Promise<string | undefined> => {
    for (;;) {
      while (pos < buf.length && WS.has(buf[pos]!)) pos++
      if (pos < buf.length) return buf[pos]
      if (!(await more())) return undefined
    }
  }
  const value = async (): Promise<unknown> => {
    for (;;) {
      const end = valueEnd(buf, pos, done)
      if (end >= 0) {
        const text = buf.slice(pos, end)
        pos = end
        try {
          return JSON.parse(text)
        } catch {
          throw new JsonProblem("syntax", index)
        }
      }
      if (buf.length - pos > MAX_VALUE) throw new JsonProblem("tooLarge", index)
      if (!(await more())) throw new JsonProblem("syntax", index)
    }
  }
  try {
    if ((await skip()) === "\uFEFF") {
      pos++
    }
    if ((await skip()) !== "{") throw new JsonProblem("notObject", 0)
    pos++
    let first = true
    for (;;) {
      let c = await skip()
      if (c === "}") return
      if (!first) {
        if (c !== ",") throw new JsonProblem("syntax", index)
        pos++
        c = await skip()
      }
      first = false
      if (c !== '"') throw new JsonProblem("syntax", index)
      const key = (await value()) as string
      if ((await skip()) !== ":") throw new JsonProblem("syntax", index)
      pos++
      if ((await skip()) === "[" && key === arrayField) {
        pos++
        let firstElement = true
        for (;;) {
          let e = await skip()
          if (e === "]") {
            pos++
            break
          }
          if (!firstElement) {
            if (e !== ",") throw new JsonProblem("syntax", index)
            pos++
            e = await skip()
          }
          if (e === undefined) throw new JsonProblem("syntax", index)
          firstElement = false
          index++
          yield { _tag: "element", index, value: await value() }
        }
      } else {
        yield { _tag: "field", key, value: await value() }
      }
    }
  } finally {
    await iterator.return?.()
  }
}
