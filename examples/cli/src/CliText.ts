/**
 * What @effect/cli prints itself — the headings and notes of `--help`, the errors it finds in
 * the arguments — said in the run's language, and every error as one line behind the same
 * prefix as the CLI's own errors (`Lỗi:` / `Error:`).
 */
import * as Console from "effect/Console"
import type * as Effect from "effect/Effect"
import type { Lang } from "./Lang.js"

/** The prefix of every error line. */
export const errorPrefix = (lang: Lang): string => (lang === "vi" ? "Lỗi:" : "Error:")

type Rule = readonly [RegExp, string]

// @effect/cli's own words, into Vietnamese (each applies to one span of text, so colours stay)
const vi: ReadonlyArray<Rule> = [
  [/(?<![A-Z])USAGE(?![A-Z])/g, "CÁCH DÙNG"],
  [/(?<![A-Z])DESCRIPTION(?![A-Z])/g, "MÔ TẢ"],
  [/(?<![A-Z])ARGUMENTS(?![A-Z])/g, "THAM SỐ"],
  [/(?<![A-Z])OPTIONS(?![A-Z])/g, "TÙY CHỌN"],
  [/(?<![A-Z])COMMANDS(?![A-Z])/g, "LỆNH"],
  [/This setting is optional\. Defaults to: /g, "Không bắt buộc. Mặc định: "],
  [/This setting is optional\./g, "Không bắt buộc."],
  [/This setting is a property argument which:/g, "Tùy chọn này nhận các cặp khóa=giá trị:"],
  [/May be specified a single time: /g, "Một lần:"],
  [/May be specified multiple times:/g, "Nhiều lần:"],
  [/This option may be repeated zero or more times\./g, "Không bắt buộc; có thể lặp lại."],
  [/This argument must be repeated at least (\d+) times\./g, "Cần ít nhất $1 giá trị."],
  [/This option must be repeated at least (\d+) times\./g, "Cần ít nhất $1 lần."],
  [/A user-defined piece of text\./g, "Một đoạn văn bản."],
  [/A true or false value\./g, "Bật hoặc tắt."],
  [/An existing file\./g, "Một tệp đã có."],
  [/A file\./g, "Một tệp."],
  [/An integer\./g, "Một số nguyên."],
  [/One of the following: /g, "Một trong: "],
  [/Generate a completion script for a specific shell\./g, "Tạo tập lệnh tự hoàn thành cho một shell."],
  [/Sets the minimum log level for a command\./g, "Mức ghi nhật ký thấp nhất của lệnh."],
  [/Show the help documentation for a command\./g, "Hiện trợ giúp của lệnh."],
  [/Start wizard mode for a command\./g, "Chạy lệnh theo từng bước hỏi đáp."],
  [/Show the version of the application\./g, "Hiện phiên bản của chương trình."],
  [/Received unknown argument: '([^']*)'/g, "không nhận ra tham số '$1'"],
  [/The flag '([^']*)' is not recognized\. Did you mean '([^']*)'\?/g, "không nhận ra '$1'. Có phải là '$2'?"],
  [/Path '([^']*)' must exist/g, "không có tệp '$1'"],
  [/Expected path '([^']*)' to be a regular file/g, "'$1' không phải là tệp"],
  [/Expected one of the following cases: /g, "giá trị phải là một trong: "],
  [/Expected to find option: '([^']*)'/g, "thiếu tùy chọn '$1'"],
  [/Expected a value following option: '([^']*)'/g, "tùy chọn '$1' cần một giá trị"],
  [/Missing argument <([^>]*)>/g, "thiếu tham số <$1>"],
  [/Missing argument/g, "thiếu tham số"],
  [/Expected a key\/value pair but received '([^']*)'/g, "cần cặp khóa=giá trị, nhận được '$1'"],
  [/Unable to recognize '([^']*)' as a valid boolean/g, "'$1' không phải là bật/tắt"],
  [/Invalid subcommand for (\S+) - use one of /g, "lệnh con của $1 không hợp lệ — dùng một trong "],
  [/Invalid subcommand for (\S+) - use /g, "lệnh con của $1 không hợp lệ — dùng "],
  [/Missing command name: '([^']*)'/g, "thiếu tên lệnh '$1'"]
]

/** @effect/cli's words in a language (they are English already). */
export const translate = (text: string, lang: Lang): string =>
  lang === "en" ? text : vi.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text)

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g

/** An error @effect/cli prints: one line, in the language, behind the error prefix. */
export const errorLine = (text: string, lang: Lang): string => {
  const plain = text
    .replace(ansi, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ")
  return `${errorPrefix(lang)} ${translate(plain, lang)}`
}

/** Whether output may carry colours: a terminal, and no `NO_COLOR` (https://no-color.org). */
export const colours = (): boolean => process.stdout.isTTY === true && (process.env.NO_COLOR ?? "") === ""

/**
 * Runs an effect with a console that says @effect/cli's words in `lang` and prints its errors
 * as one prefixed line; without `colour` (output to a file or a pipe) the help has no escape
 * codes.
 */
export const speaking =
  (lang: Lang, colour: boolean = colours()) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
    Console.consoleWith((base) =>
      Console.withConsole(effect, {
        ...base,
        log: (...args: ReadonlyArray<unknown>) =>
          base.log(...args.map((a) => (typeof a === "string" ? translate(colour ? a : a.replace(ansi, ""), lang) : a))),
        error: (...args: ReadonlyArray<unknown>) => base.error(errorLine(args.map(String).join(" "), lang))
      })
    )
