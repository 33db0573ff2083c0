import { HttpService } from '@nestjs/axios';
import { Controller, Get, Inject, Param } from '@nestjs/common';
import type { UserDto } from '@app/contracts';
import { callDownstream } from '../call-downstream';
import { FLOOR_URLS } from '../floor-urls';

/** user-service's downstream, by the setting the real user-service reads. */
export type UserServiceUrls = Record<'DATABASE_SERVICE_URL', string>;

/** user-service's `GET /users/:id`: the users row from database-service, the contract's fields. */
@Controller('users')
export class FloorUsersController {
  constructor(
    @Inject(HttpService) private readonly http: HttpService,
    @Inject(FLOOR_URLS) private readonly urls: UserServiceUrls,
  ) {}

  @Get(':id')
  async getUser(@Param('id') id: string): Promise<UserDto> {
    const row = await callDownstream<UserDto>(this.http, {
      method: 'GET',
      baseURL: this.urls.DATABASE_SERVICE_URL,
      url: '/query',
      params: { table: 'users', id: Number(id) },
    });
    return { id: row.id, name: row.name, email: row.email };
  }
}
