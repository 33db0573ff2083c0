import { SetMetadata } from '@nestjs/common';

export const ADMIN_ONLY = Symbol('ADMIN_ONLY');

/** Puts a controller on the admin listener only; the public port answers its routes with 404. */
export const AdminOnly = (): ClassDecorator => SetMetadata(ADMIN_ONLY, true);
