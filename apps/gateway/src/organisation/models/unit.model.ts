import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UnitKind } from './enums';

@ObjectType({ description: 'A unit of an agency: kota/kabupaten, kecamatan, kelurahan, dinas, bidang.' })
export class Unit {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => UnitKind) kind: UnitKind;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field() createdAt: Date;
  agencyId: string;
}

@ObjectType({ description: 'A unit as it was between validFrom and validTo (null: still so).' })
export class UnitVersion {
  @Field() name: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() archived: boolean;
  @Field() validFrom: Date;
  @Field(() => Date, { nullable: true }) validTo: Date | null;
}

@ObjectType()
export class UnitStats {
  @Field(() => Int) activeEmployees: number;
  @Field(() => Int) servicePoints: number;
}
