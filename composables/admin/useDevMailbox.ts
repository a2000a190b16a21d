/** Development only: the mails the local SMTP server of `npm run dev` caught (the API answers 404 elsewhere). */
export interface CaughtMail { id: string, receivedAt: string, to: string[], subject: string, text: string, html: string }

export function useDevMailbox() {
  const api = useApi()
  return useAsyncData('dev-mailbox', () => api<CaughtMail[]>('/api/dev/mailbox'))
}
