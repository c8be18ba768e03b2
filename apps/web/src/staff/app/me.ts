import { createContext, useContext } from 'react';
import type { StaffMeQuery } from '../gql/graphql';
import { graphql } from '../graphql';

/** Who is signed in, and the service points whose counter they work (the service desk). */
export const STAFF_ME = graphql(`
  query StaffMe {
    me {
      id
      name
      position
      roles
      supervisor {
        id
      }
    }
    deskServicePoints {
      id
      name
      unitName
    }
  }
`);

export type Me = StaffMeQuery['me'] & { desk: StaffMeQuery['deskServicePoints'] };

export const MeContext = createContext<Me | null>(null);

/** The signed-in employee (inside the staff layout). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in staff layout');
  return me;
}

export const isLead = (me: Me) => me.roles.includes('SUPERVISOR') || me.roles.includes('ADMIN');
export const isAdmin = (me: Me) => me.roles.includes('ADMIN');
