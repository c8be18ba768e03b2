/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangeOwnPasswordDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": typeof types.StaffLogoutDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n": typeof types.StaffMeDocument,
};
const documents: Documents = {
    "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangeOwnPasswordDocument,
    "\n  mutation StaffLogout {\n    logout\n  }\n": types.StaffLogoutDocument,
    "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n": types.StaffMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangeOwnPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffLogout {\n    logout\n  }\n"): typeof import('./graphql').StaffLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMe {\n    me {\n      id\n      name\n      position\n      roles\n      supervisor {\n        id\n      }\n    }\n    deskServicePoints {\n      id\n      name\n      unitName\n    }\n  }\n"): typeof import('./graphql').StaffMeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
