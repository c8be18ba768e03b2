import { graphql } from '../../graphql';

/** The service point administration's operations (kiosks, rating links, held ratings); typed by `npm run codegen`. */

export const SERVICE_POINTS = graphql(`
  query AdminServicePoints {
    servicePoints {
      id
      name
      unit {
        name
      }
      staff {
        id
        name
      }
    }
  }
`);

export const KIOSK_FIELDS = graphql(`
  fragment AdminKioskFields on Kiosk {
    id
    name
    revokedAt
    lastSeenAt
    createdAt
  }
`);

export const KIOSKS = graphql(`
  query AdminKiosks($servicePointId: ID) {
    kiosks(servicePointId: $servicePointId) {
      ...AdminKioskFields
    }
  }
`);

export const REGISTER_KIOSK = graphql(`
  mutation AdminRegisterKiosk($input: RegisterKioskInput!) {
    registerKiosk(input: $input) {
      ...AdminKioskFields
    }
  }
`);

export const RENAME_KIOSK = graphql(`
  mutation AdminRenameKiosk($id: ID!, $name: String!) {
    renameKiosk(id: $id, name: $name) {
      ...AdminKioskFields
    }
  }
`);

export const REVOKE_KIOSK = graphql(`
  mutation AdminRevokeKiosk($id: ID!) {
    revokeKiosk(id: $id) {
      ...AdminKioskFields
    }
  }
`);

export const CREATE_PAIRING_CODE = graphql(`
  mutation AdminCreateKioskPairingCode($kioskId: ID!) {
    createKioskPairingCode(kioskId: $kioskId) {
      code
      expiresAt
    }
  }
`);

export const LINK_FIELDS = graphql(`
  fragment AdminRatingLinkFields on RatingLink {
    id
    token
    url
    employeeId
    expiresAt
    revokedAt
    createdAt
  }
`);

export const RATING_LINKS = graphql(`
  query AdminRatingLinks($servicePointId: ID) {
    ratingLinks(servicePointId: $servicePointId) {
      ...AdminRatingLinkFields
    }
  }
`);

export const CREATE_RATING_LINK = graphql(`
  mutation AdminCreateRatingLink($input: CreateRatingLinkInput!) {
    createRatingLink(input: $input) {
      ...AdminRatingLinkFields
    }
  }
`);

export const REVOKE_RATING_LINK = graphql(`
  mutation AdminRevokeRatingLink($id: ID!) {
    revokeRatingLink(id: $id) {
      ...AdminRatingLinkFields
    }
  }
`);

export const HELD_RATINGS = graphql(`
  query AdminHeldRatings($servicePointId: ID) {
    heldRatings(servicePointId: $servicePointId) {
      id
      employeeId
      channel
      kind
      reason
      clientTag
      answers
      score
      comment
      submittedAt
    }
  }
`);

export const RELEASE_HELD_RATINGS = graphql(`
  mutation AdminReleaseHeldRatings($ids: [ID!]!) {
    releaseHeldRatings(ids: $ids)
  }
`);

export const REJECT_HELD_RATINGS = graphql(`
  mutation AdminRejectHeldRatings($ids: [ID!]!) {
    rejectHeldRatings(ids: $ids)
  }
`);
