export const OPENING_ID = /^gwo-[a-z0-9-]{1,100}$/;
