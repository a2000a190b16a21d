/** What a loan document upload may be: the page says it before the file is chosen, the server checks it (the format from the bytes). */
export const LOAN_DOCUMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** for the file input's accept attribute */
  accept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png',
} as const
