import type { RoleValue } from '@k360/database';

/** The authenticated staff member behind a request, as loaded fresh from the database. */
export interface Actor {
  id: string;
  sessionId: string;
  agencyId: string;
  nip: string;
  name: string;
  roles: RoleValue[];
}

export const isAdmin = (a: Actor) => a.roles.includes('ADMIN');
export const isSupervisor = (a: Actor) => a.roles.includes('SUPERVISOR');
