import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Employee } from './employee.model';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'JWT for `Authorization: Bearer …`; short-lived.' }) accessToken: string;
  @Field(() => Int, { description: 'Seconds until the access token expires.' }) expiresIn: number;
  @Field({ description: 'Exchange with `refreshToken` for a new pair; single use.' }) refreshToken: string;
  @Field(() => Employee) employee: Employee;
}
