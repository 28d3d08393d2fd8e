// Takes SQLite's write lock on a file for a while, as another writer would: `holder.mjs <file> <ms>`.
// Prints `ready` once it holds the lock. Plain JavaScript, so it starts at once.
import Database from "better-sqlite3"

const [file, ms] = process.argv.slice(2)
const db = new Database(file, { timeout: 60_000 })
db.exec("begin immediate")
process.stdout.write("ready\n")
setTimeout(() => {
  db.exec("commit")
  db.close()
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`)
}, Number(ms))
