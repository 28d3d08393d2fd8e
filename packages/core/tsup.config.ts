import { config } from "../../tsup.base.js"

export default config({
  index: "src/index.ts",
  "geography/vietnam": "src/geography/vietnam.ts",
  "geography/vietnam.browser": "src/geography/vietnam.browser.ts"
})
