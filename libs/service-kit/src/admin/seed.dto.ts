import { IsInt, Max, Min } from 'class-validator';

/** `PUT /faults/seed`: the new seed of the service's fault choices. */
export class SeedDto {
  @IsInt()
  @Min(0)
  @Max(2 ** 31 - 1)
  seed!: number;
}
