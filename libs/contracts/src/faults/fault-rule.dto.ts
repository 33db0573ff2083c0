import {
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SERVICE_NAMES } from '@app/topology';
import { FAULT_KINDS, type FaultKind, type FaultRule } from './fault-rule';
import { IsIntInRange } from '../common/is-int-in-range';

/**
 * A FaultRule as it arrives (admin API body, one FAULTS entry), with its field checks. With
 * stopAtFirstError the last decorator runs first, so the type check is listed last.
 */
export class FaultRuleDto implements FaultRule {
  @IsIn(FAULT_KINDS)
  kind!: FaultKind;

  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  @IsString()
  operation?: string;

  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  rate?: number;

  @IsOptional()
  @IsIntInRange(400, 599)
  status?: number;

  @IsOptional()
  @IsIntInRange(0, 60_000)
  latencyMs?: number;

  @IsOptional()
  @IsIntInRange(0, 60_000)
  jitterMs?: number;

  @IsOptional()
  @IsIn(SERVICE_NAMES)
  hop?: string;

  @IsOptional()
  @IsNotEmpty()
  @MaxLength(100)
  @IsString()
  label?: string;
}
