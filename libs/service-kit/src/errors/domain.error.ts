/** Base class for errors a service expects (not found, out of stock); each app maps them to a status. */
export abstract class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}
