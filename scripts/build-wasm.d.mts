export declare const wasmOutDir: string;
export declare function buildWasm(options?: {
  force?: boolean;
  log?: (message: string) => void;
}): Promise<string[]>;
export declare function buildWasmInChild(): Promise<void>;
