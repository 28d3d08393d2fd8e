import { config } from "../../tsup.base.js"

export default config(["src/index.ts", "src/node.ts"])
