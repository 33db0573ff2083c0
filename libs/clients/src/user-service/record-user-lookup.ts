import { trace } from '@opentelemetry/api';
import type { UserDto } from '@app/contracts';
import { ATTR_USER_ID } from '@app/telemetry';

/**
 * Runs `lookUp` as a user lookup, with the events both user-service's span and the gateway's
 * record on the active span for one: `User lookup started`, then `User lookup completed` once the
 * user is found. A lookup that fails ends with the exception `@Span` records instead.
 */
export async function recordUserLookup(
  id: number,
  lookUp: () => Promise<UserDto>,
): Promise<UserDto> {
  const span = trace.getActiveSpan();
  span?.addEvent('User lookup started', { [ATTR_USER_ID]: id });
  const user = await lookUp();
  span?.addEvent('User lookup completed', { [ATTR_USER_ID]: user.id });
  return user;
}
