import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A titik layanan: a counter, desk or service where citizens are served.' })
export class ServicePoint {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) unitId: string;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field() createdAt: Date;
  agencyId: string;
}
