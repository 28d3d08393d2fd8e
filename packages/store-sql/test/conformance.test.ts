import { StoreTestkit } from "@pctnxh/store-testkit"
import { afterAll } from "vitest"
import { closeShared, forEachDialect, fresh } from "./dialects.js"

afterAll(closeShared)

await forEachDialect("SQL store", (dialect) => StoreTestkit.suite(dialect.name, fresh(dialect), { datasets: dialect.datasets }))
