import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { AGE_BANDS, EDUCATIONS, OCCUPATIONS, RATING_KINDS, SEXES } from '@k360/scoring';
import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';
import { PageInfo } from '../../organisation/models/employee.model';

// The values come from the intake's rules (libs/scoring/src/public-rating-rules.ts).
export const RatingKind = graphqlEnum('RatingKind', RATING_KINDS, 'IKM: the nine-element survey; QUICK: one tap, 1 to 4.');
export type RatingKind = ValueOf<typeof RatingKind>;

export const AgeBand = graphqlEnum('AgeBand', AGE_BANDS);
export type AgeBand = ValueOf<typeof AgeBand>;

export const Sex = graphqlEnum('Sex', SEXES);
export type Sex = ValueOf<typeof Sex>;

export const Education = graphqlEnum('Education', EDUCATIONS);
export type Education = ValueOf<typeof Education>;

export const Occupation = graphqlEnum('Occupation', OCCUPATIONS);
export type Occupation = ValueOf<typeof Occupation>;

export const PublicTokenKindGql = graphqlEnum('PublicTokenKind', ['LINK', 'KIOSK', 'TICKET']);
export type PublicTokenKindGql = ValueOf<typeof PublicTokenKindGql>;

@ObjectType({ description: 'A signed, revocable link (printed as a QR code) for rating a service point.' })
export class RatingLink {
  @Field(() => ID) id: string;
  @Field() token: string;
  @Field({ description: 'The page a citizen opens.' }) url: string;
  @Field({ description: 'The QR code of `url` as SVG.' }) qrSvgUrl: string;
  @Field({ description: 'The QR code of `url` as PNG.' }) qrPngUrl: string;
  @Field(() => ID) servicePointId: string;
  @Field(() => ID, { nullable: true }) employeeId: string | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A registered kiosk tablet. Its deviceToken is shown once, at registration.' })
export class Kiosk {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) servicePointId: string;
  @Field(() => String, { nullable: true, description: 'Only in the answer to registerKiosk.' }) deviceToken: string | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastSeenAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A one-time ticket (QR on a queue slip or receipt): it accepts exactly one rating.' })
export class ServiceTicket {
  @Field(() => ID) id: string;
  @Field() token: string;
  @Field() url: string;
  @Field() qrSvgUrl: string;
  @Field() qrPngUrl: string;
  @Field(() => ID) servicePointId: string;
  @Field(() => ID, { nullable: true }) employeeId: string | null;
  @Field() issuedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Date, { nullable: true }) usedAt: Date | null;
  @Field(() => Int, {
    description:
      'The slip number: 1, 2, 3... per service point per day in the agency time zone, in the order of issue; stored when issued, never shared by two tickets.',
  })
  number: number;
}

@ObjectType({ description: 'Today’s open tickets of a service point (issued today, not completed), in the order of issue.' })
export class ServiceTicketConnection {
  @Field(() => [ServiceTicket]) nodes: ServiceTicket[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'A service point whose counter the caller works (staff of it).' })
export class DeskServicePoint {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() unitName: string;
}

@ObjectType()
export class PublicRatingReceipt {
  @Field() accepted: boolean;
  @Field({ description: 'True when this idempotency key was already stored: nothing new was stored.' }) duplicate: boolean;
}

@ObjectType({ description: 'An officer a citizen may name (kiosk: the officer on duty).' })
export class PublicOfficer {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'What a rating page needs to show for a token, without logging in.' })
export class PublicRatingContext {
  @Field(() => PublicTokenKindGql) kind: PublicTokenKindGql;
  @Field(() => ID, { description: 'The service point rated (its public results: /ikm/<servicePointId>).' }) servicePointId: string;
  @Field() servicePointName: string;
  @Field() unitName: string;
  @Field(() => PublicOfficer, { nullable: true, description: 'The officer the link or ticket is for.' }) officer: PublicOfficer | null;
  @Field(() => [PublicOfficer], { description: 'Staff of the service point (kiosks choose the officer on duty).' })
  officers: PublicOfficer[];
}

@ObjectType({ description: 'A six-digit code an admin reads out or shows; the kiosk enters it once.' })
export class KioskPairingCode {
  @Field() code: string;
  @Field() expiresAt: Date;
}

@ObjectType()
export class KioskPairing {
  @Field({ description: 'Keep it on the device; it is the kiosk’s token for submitPublicRating.' }) deviceToken: string;
  @Field() kioskName: string;
  @Field() servicePointName: string;
}

@ObjectType({
  description:
    'A citizen rating stored but not counted: a repeat from one client through one rating link within PUBLIC_CLIENT_WINDOW_HOURS (CLIENT_REPEAT), or the same face tapped again within seconds on one kiosk (KIOSK_REPEAT). It enters no aggregate until an ADMIN releases it.',
})
export class HeldRating {
  @Field(() => ID) id: string;
  @Field(() => ID) servicePointId: string;
  @Field(() => ID, { nullable: true }) employeeId: string | null;
  @Field({ description: 'LINK or KIOSK.' }) channel: string;
  @Field(() => RatingKind) kind: RatingKind;
  @Field({ description: 'CLIENT_REPEAT or KIOSK_REPEAT.' }) reason: string;
  @Field({ description: 'The same for every rating of one client (a keyed hash; the address itself is not stored).' }) clientTag: string;
  @Field(() => [Int], { nullable: true, description: 'IKM: U1..U9.' }) answers: number[] | null;
  @Field(() => Int, { nullable: true, description: 'QUICK: 1–4.' }) score: number | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field() submittedAt: Date;
  @Field() receivedAt: Date;
}
