export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
export const DEV_IDENTITY = Symbol('DEV_IDENTITY');
