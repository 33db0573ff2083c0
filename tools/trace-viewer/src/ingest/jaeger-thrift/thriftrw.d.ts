// thriftrw ships no type declarations; this covers the part the viewer uses.
declare module 'thriftrw' {
  export interface ThriftReadResult<T> {
    err: Error | null;
    value: T;
    offset: number;
  }
  export interface ThriftStruct<T> {
    rw: {
      readFrom(buffer: Buffer, offset: number): ThriftReadResult<T>;
      toBuffer(value: T): { err: Error | null; value: Buffer };
    };
    new (fields: Partial<T>): T;
  }
  export class Thrift {
    constructor(options: { source: string; allowOptionalArguments?: boolean; strict?: boolean });
    getType<T>(name: string): ThriftStruct<T>;
  }
}
