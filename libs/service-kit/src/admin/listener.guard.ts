import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ADMIN_ONLY } from './admin-only.decorator';
import { isAdminSocket } from './admin-sockets';

/**
 * Keeps the two listeners apart: admin routes answer only on the admin listener, every other
 * route only on the public port; the wrong one gets the same 404 as a route that does not exist.
 */
@Injectable()
export class ListenerGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const adminRoute = this.reflector.get<boolean>(ADMIN_ONLY, context.getClass()) === true;
    if (adminRoute !== isAdminSocket(request.socket)) {
      throw new NotFoundException(`Cannot ${request.method} ${request.path}`);
    }
    return true;
  }
}
