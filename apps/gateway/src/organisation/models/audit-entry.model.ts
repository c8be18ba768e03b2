import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';

@ObjectType({ description: 'One audited change: who did what, when, with the state before and after.' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field() occurredAt: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() actorKind: string;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
}
