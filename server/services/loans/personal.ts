import { maskIdNumber, maskName, maskPhone } from '#shared/utils/mask'
import type { LoanPersonalView } from '#shared/types/loan'
import { decryptPersonal, encryptPersonal, lookupHash } from '../../utils/crypto'

/**
 * The applicant's personal numbers: real name, national ID number, phone and the partners'
 * names and ID numbers, held together as one AES-256-GCM value (server/utils/crypto.ts). They
 * leave the server masked (2201**********1234, 138****5678); the full numbers only through the
 * audited reveal. Never put them in an event, a log line, a mail, a URL or the search index.
 */
export interface Personal {
  realName?: string
  idNumber?: string
  phone?: string
  partners?: { realName: string, idNumber?: string }[]
}

export function readPersonal(enc: string | null): Personal {
  return enc ? JSON.parse(decryptPersonal(enc)) as Personal : {}
}

export function sealPersonal(p: Personal): { personalEnc: string, maskedName: string | null } {
  return { personalEnc: encryptPersonal(JSON.stringify(p)), maskedName: p.realName ? maskName(p.realName) : null }
}

/** The keyed hash of an ID number: finds the person's other applications without storing the number readable. */
export const idHashOf = (idNumber: string): string => lookupHash(idNumber)

export function maskedPersonal(p: Personal): LoanPersonalView {
  return {
    realName: p.realName ?? null,
    idNumber: p.idNumber ? maskIdNumber(p.idNumber) : null,
    phone: p.phone ? maskPhone(p.phone) : null,
  }
}

/**
 * A partner list from a draft merged with what is saved: a partner sent without an ID number
 * keeps the saved one of the same position and name (the form only ever shows it masked).
 */
export function mergePartners(saved: Personal['partners'], sent: { realName: string, idNumber?: string }[]): NonNullable<Personal['partners']> {
  return sent.map((p, i) => {
    const before = saved?.[i]
    return { realName: p.realName, ...(p.idNumber ? { idNumber: p.idNumber } : before && before.realName === p.realName && before.idNumber ? { idNumber: before.idNumber } : {}) }
  })
}
