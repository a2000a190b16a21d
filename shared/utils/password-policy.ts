/**
 * Password rules shared by the registration form and the server:
 * 8–128 characters, not one of the most common passwords, not the email itself.
 * The list mixes the top of public breach lists with passwords common among Chinese users.
 */
export const PASSWORD_MIN = 8
export const PASSWORD_MAX = 128

const COMMON = `
12345678 123456789 1234567890 password password1 password123 passw0rd qwertyui qwerty123 qwertyuiop
11111111 00000000 88888888 66666666 12341234 87654321 11223344 12121212 123123123 1q2w3e4r 1qaz2wsx
abc12345 abcd1234 a1234567 a12345678 aa123456 asdfghjk asdf1234 zxcvbnm1 iloveyou iloveyou1 sunshine
princess football baseball superman batman123 trustno1 letmein1 welcome1 admin123 administrator
woaini1314 woaini520 5201314520 1314520520 woaini123 wodemima mima1234 zhang123 wang1234 li123456
qq123456 qq111111 123456qq 123qweasd qweasdzxc 1234qwer qwer1234 aaaaaaaa abcdefgh dragon12 monkey12
changeme changeme1 starthub starthub1 starthub123 chuangye chuangye123 jilin123 changchun 147258369
123654789 159357456 741852963 a123456789 zxcvbnm123 q1w2e3r4 pass1234 test1234 testtest
`.trim().split(/\s+/)

const COMMON_SET = new Set(COMMON.map(p => p.toLowerCase()))

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase()
  if (COMMON_SET.has(p)) return true
  // one repeated character, or a plain run of digits counting up or down
  if (/^(.)\1+$/.test(p)) return true
  if (/^\d+$/.test(p)) {
    const up = '01234567890123456789'
    const down = '98765432109876543210'
    if (up.includes(p) || down.includes(p)) return true
  }
  return false
}
