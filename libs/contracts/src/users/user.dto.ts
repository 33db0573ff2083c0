/** A user as user-service returns it. */
export interface UserDto {
  id: number;
  name: string;
  email: string;
}

/** A user's JSON shape: the contract's fields only, whatever else the row holds. */
export function toUserDto({ id, name, email }: UserDto): UserDto {
  return { id, name, email };
}
