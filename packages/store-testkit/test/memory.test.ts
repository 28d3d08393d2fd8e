import { MemoryStore } from "@pctnxh/store-memory"
import { StoreTestkit } from "@pctnxh/store-testkit"

StoreTestkit.suite("memory", MemoryStore.layer())
