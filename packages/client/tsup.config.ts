import { config } from "../../tsup.base.js"

export default config({
  index: "src/index.ts",
  sqlite: "src/sqlite.ts",
  postgres: "src/postgres.ts",
  pglite: "src/pglite.ts",
  mysql: "src/mysql.ts",
  node: "src/node.ts"
})
