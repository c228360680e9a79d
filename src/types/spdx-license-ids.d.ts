// spdx-license-ids ships plain JSON without type declarations.
declare module 'spdx-license-ids' {
  const ids: string[];
  export default ids;
}
