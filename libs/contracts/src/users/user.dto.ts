/** A user as user-service returns it. */
export interface UserDto {
  id: number;
  name: string;
  email: string;
}
