/**
 * The forms bytes arrive in — a whole buffer, an async iterable (a Node stream), a web
 * `ReadableStream` (a browser `File.stream()`), or an Effect `Stream` — read as one async
 * iterable of chunks.
 */
import * as Stream from "effect/Stream"

/**
 * Bytes in any of the accepted forms.
 */
export type Bytes =
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>
  | ReadableStream<Uint8Array>
  | Stream.Stream<Uint8Array, unknown>

const isReadableStream = (u: unknown): u is ReadableStream<Uint8Array> =>
  typeof u === "object" && u !== null && typeof (u as ReadableStream).getReader === "function"

async function* fromReader(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    while (true) {
      const { done, value } = await reader.read()
      if (done) return
      yield value
    }
  } finally {
    // stops the source when the consumer stops early
    await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}

async function* fromIterable(chunks: Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) yield chunk
}

async function* one(chunk: Uint8Array): AsyncGenerator<Uint8Array> {
  // large buffers are handed on in slices, so that parsers see the same chunking as a stream
  const size = 1 << 16
  for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, Math.min(chunk.length, at + size))
}

/** Reads any accepted form as an async iterable of byte chunks. */
export const chunks = (bytes: Bytes): AsyncIterable<Uint8Array> => {
  if (bytes instanceof Uint8Array) return one(bytes)
  if (bytes instanceof ArrayBuffer) return one(new Uint8Array(bytes))
  if (Stream.StreamTypeId in (bytes as object)) return Stream.toAsyncIterable(bytes as Stream.Stream<Uint8Array, unknown>)
  if (isReadableStream(bytes)) return fromReader(bytes)
  if (Symbol.asyncIterator in (bytes as object)) {
    const iterable = bytes as AsyncIterable<Uint8Array | string>
    return (async function* () {
      const encoder = new TextEncoder()
      for await (const chunk of iterable) yield typeof chunk === "string" ? encoder.encode(chunk) : chunk
    })()
  }
  return fromIterable(bytes as Iterable<Uint8Array>)
}
