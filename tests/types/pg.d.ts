// pg ships no typings and @types/pg is not a dependency: what the test helpers use of it.
declare module 'pg' {
  export interface ClientConfig {
    host?: string;
    port?: number;
    user?: string;
    password?: string;
    database?: string;
  }

  export class Client {
    constructor(config?: ClientConfig);
    connect(): Promise<void>;
    query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
    end(): Promise<void>;
    on(event: string, listener: (...args: any[]) => void): this;
    removeAllListeners(event?: string): this;
  }
}
