import { BlockList, isIP } from 'node:net';
import { registerDecorator, type ValidationOptions } from 'class-validator';

// This machine's addresses: 127.0.0.0/8 and ::1 (RFC 1122 3.2.1.3, RFC 4291 2.5.3), and the
// name that means them.
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Whether `url` names a host on this machine: an address in 127.0.0.0/8, `[::1]` or `localhost`. */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    // The WHATWG parser also normalizes the other spellings of an address (127.1, 2130706433).
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  if (hostname === 'localhost') return true;
  const address = hostname.replace(/^\[(.*)\]$/, '$1');
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A URL whose host is on this machine (see isLoopbackUrl); the message names the URL refused. */
export function IsLoopbackUrl(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isLoopbackUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isLoopbackUrl(value),
        defaultMessage: (args) =>
          `url ${JSON.stringify(args?.value)} is not on this machine: the conformance endpoint calls only loopback addresses (127.0.0.0/8, ::1, localhost)`,
      },
    });
  };
}
