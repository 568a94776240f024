import { contextBridge } from "electron"; import { hubMethodNames } from "../../shared/contract/method-names"; contextBridge.exposeInMainWorld("hub", hubMethodNames)
