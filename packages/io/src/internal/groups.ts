/**
 * Groups the items of an async iterable into arrays, so that a stream built on it moves rows in
 * chunks rather than one promise per row. Items read before an error are handed on before it.
 */
export const grouped = <A>(source: () => AsyncGenerator<A>, size: number): AsyncIterable<ReadonlyArray<A>> => ({
  async *[Symbol.asyncIterator]() {
    let group: Array<A> = []
    const iterator = source()
    try {
      while (true) {
        let next: IteratorResult<A>
        try {
          next = await iterator.next()
        } catch (error) {
          if (group.length > 0) yield group
          throw error
        }
        if (next.done === true) break
        group.push(next.value)
        if (group.length >= size) {
          yield group
          group = []
        }
      }
      if (group.length > 0) yield group
    } finally {
      await iterator.return(undefined)
    }
  }
})
