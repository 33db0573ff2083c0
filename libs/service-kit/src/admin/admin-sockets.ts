import type { Socket } from 'node:net';

const adminSockets = new WeakSet<Socket>();

/** Remembers a connection accepted by the admin listener. */
export function rememberAdminSocket(socket: Socket): void {
  adminSockets.add(socket);
}

/** Whether a request arrived on the admin listener. */
export function isAdminSocket(socket: Socket | null | undefined): boolean {
  return socket ? adminSockets.has(socket) : false;
}
