import { describe, expect, it } from 'vitest'
import { cookieValue } from '../../shared/utils/cookie-value'

describe('a cookie\'s value from a Cookie header', () => {
  it('finds it among others, decoded, and nothing for a name that only ends the same', () => {
    expect(cookieValue('a=1; sh_elder=1; b=2', 'sh_elder')).toBe('1')
    expect(cookieValue('sh_compare=%5B%22x%22%5D', 'sh_compare')).toBe('["x"]')
    expect(cookieValue('xsh_elder=1', 'sh_elder')).toBeUndefined()
    expect(cookieValue('bad=%E0%A4%A', 'bad')).toBe('%E0%A4%A')
    expect(cookieValue(undefined, 'sh_elder')).toBeUndefined()
  })
})
