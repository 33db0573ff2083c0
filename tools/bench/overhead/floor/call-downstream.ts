import type { HttpService } from '@nestjs/axios';
import { HttpException } from '@nestjs/common';
import { type AxiosRequestConfig, isAxiosError } from 'axios';
import { firstValueFrom } from 'rxjs';

/**
 * One hop, as a plain Nest app makes it: @nestjs/axios with its defaults, the body of the answer
 * returned. A downstream's 4xx (an unknown user, stock run out) is relayed with its status;
 * anything else is Nest's own 500.
 */
export async function callDownstream<T>(http: HttpService, config: AxiosRequestConfig): Promise<T> {
  try {
    return (await firstValueFrom(http.request<T>(config))).data;
  } catch (error) {
    if (isAxiosError(error) && error.response) {
      throw new HttpException(error.response.data as object, error.response.status);
    }
    throw error;
  }
}
