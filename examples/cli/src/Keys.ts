/**
 * The deployment keyring: the HMAC keys pseudonyms are made with. `pctnxh init` creates one
 * beside the database (readable by its owner only); `--keyring FILE` or the environment
 * variable `PCTNXH_KEYRING` (the same JSON) points elsewhere, e.g. at a secret store's file.
 */
import { Async, Key } from "@pctnxh/privacy"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"

/** Where the keyring of a database lives by default: `.pctnxh/keyring.json` beside it. */
export const pathFor = (db: string): string =>
  join(dirname(resolve(/^[a-z]+:\/\//i.test(db) ? "." : db)), ".pctnxh", "keyring.json")

/** A keyring problem an officer can act on. */
export class KeyringProblem extends Schema.TaggedError<KeyringProblem>()("KeyringProblem", {
  path: Schema.String,
  reason: Schema.Struct({ vi: Schema.String, en: Schema.String })
}) {
  explain(lang: "vi" | "en"): string {
    return lang === "vi" ? `Khóa giả danh (${this.path}): ${this.reason.vi}` : `Pseudonym keyring (${this.path}): ${this.reason.en}`
  }
  override get message(): string {
    return this.explain("en")
  }
}

/** Creates a keyring file with one fresh key if there is none; says whether it made one. */
export const ensure = (path: string): Effect.Effect<boolean> =>
  Effect.promise(async () => {
    if (existsSync(path)) return false
    const id = `k${new Date().toISOString().slice(0, 10).replaceAll("-", "")}`
    const { secret } = await Async.generateKey(id)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, JSON.stringify({ keys: [{ id, secret }] }, null, 2) + "\n", { mode: 0o600 })
    chmodSync(path, 0o600)
    return true
  })

/** Loads the keyring from `PCTNXH_KEYRING` or a file. */
export const load = (path: string): Effect.Effect<Key.Keyring, KeyringProblem> =>
  Effect.gen(function* () {
    const text = process.env.PCTNXH_KEYRING ?? (existsSync(path) ? readFileSync(path, "utf8") : undefined)
    if (text === undefined) {
      return yield* new KeyringProblem({
        path,
        reason: {
          vi: "chưa có khóa; chạy `pctnxh init` hoặc chỉ ra tệp khóa bằng --keyring",
          en: "there is no key yet; run `pctnxh init` or point --keyring at the keyring file"
        }
      })
    }
    const config = Schema.decodeUnknownEither(Schema.parseJson(Key.KeyringConfig))(text)
    if (config._tag === "Left") {
      return yield* new KeyringProblem({ path, reason: { vi: "tệp khóa không đúng cấu trúc", en: "the keyring file is not valid" } })
    }
    return yield* Key.load(config.right).pipe(
      Effect.mapError(() => new KeyringProblem({ path, reason: { vi: "khóa quá ngắn hoặc không hợp lệ", en: "a key is too short or not valid" } }))
    )
  })
