import { HttpStatus } from '@nestjs/common';
import { DomainError } from './domain.error';
import { DownstreamError } from './downstream.error';

class ThingNotFoundError extends DomainError {}

describe(DownstreamError.name, () => {
  describe('answersAs', () => {
    const toDomain = DownstreamError.answersAs('thing-service', {
      [HttpStatus.NOT_FOUND]: () => new ThingNotFoundError('Thing 7 not found'),
    });

    it("turns the hop's answer with a listed status into the caller's domain error", async () => {
      const answer = new DownstreamError('thing-service', HttpStatus.NOT_FOUND, 'no row');

      const caught = await Promise.reject(answer)
        .catch(toDomain)
        .catch((error: unknown) => error);

      expect(caught).toBeInstanceOf(ThingNotFoundError);
      expect(caught).toMatchObject({ message: 'Thing 7 not found' });
    });

    it.each([
      ['another status of the hop', new DownstreamError('thing-service', HttpStatus.CONFLICT, 'x')],
      ['the same status from another hop', new DownstreamError('other', HttpStatus.NOT_FOUND, 'x')],
      ['an error that is no answer at all', new Error('boom')],
    ])('rethrows %s as it is', async (_what, error) => {
      await expect(Promise.reject(error).catch(toDomain)).rejects.toBe(error);
    });
  });
});
