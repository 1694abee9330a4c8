/**
 * Where people's words live: the content service (content/) that stores every text behind the
 * commitment the chain holds. Chosen at build time (VITE_CONTENT_URL); `npm start` runs it here.
 */
export const CONTENT_URL: string = import.meta.env.VITE_CONTENT_URL ?? "http://127.0.0.1:8580";
