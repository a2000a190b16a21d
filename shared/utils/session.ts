/** The session cookie (HttpOnly, random token; only its SHA-256 is stored): the server sets it, pages only ask whether it is there. */
export const SESSION_COOKIE = 'sh_session'
