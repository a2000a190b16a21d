/** Reference data and demo accounts. Cities are data: add one here (or in the admin later), not in code. */
export const CITIES: readonly { code: string, nameZh: string, nameEn: string, level: 'NATIONAL_PILOT' | 'PROVINCIAL_PILOT' | 'OTHER', parent?: string }[] = [
  { code: 'changchun', nameZh: '长春', nameEn: 'Changchun', level: 'NATIONAL_PILOT' },
  { code: 'jilin', nameZh: '吉林市', nameEn: 'Jilin City', level: 'NATIONAL_PILOT' },
  { code: 'liaoyuan', nameZh: '辽源', nameEn: 'Liaoyuan', level: 'NATIONAL_PILOT' },
  { code: 'siping', nameZh: '四平', nameEn: 'Siping', level: 'PROVINCIAL_PILOT' },
  { code: 'tonghua', nameZh: '通化', nameEn: 'Tonghua', level: 'PROVINCIAL_PILOT' },
  { code: 'baishan', nameZh: '白山', nameEn: 'Baishan', level: 'PROVINCIAL_PILOT' },
  { code: 'songyuan', nameZh: '松原', nameEn: 'Songyuan', level: 'PROVINCIAL_PILOT' },
  { code: 'baicheng', nameZh: '白城', nameEn: 'Baicheng', level: 'PROVINCIAL_PILOT' },
  { code: 'yanbian', nameZh: '延边州', nameEn: 'Yanbian Prefecture', level: 'PROVINCIAL_PILOT' },
  { code: 'changbaishan', nameZh: '长白山管委会', nameEn: 'Changbaishan Administration', level: 'OTHER' },
  // a district of Changchun since 2014 and a pilot of its own: a Changchun filter includes it
  { code: 'jiutai', nameZh: '九台', nameEn: 'Jiutai', level: 'PROVINCIAL_PILOT', parent: 'changchun' },
] as const

/** One demo account per role. Development only: the seed refuses to create them in production. */
export const DEMO_PASSWORD = 'StartHub-Demo-2026'
export const DEMO_ACCOUNTS = [
  { email: 'entrepreneur@demo.starthub.cn', name: '王晓创', role: 'ENTREPRENEUR', city: 'changchun' },
  { email: 'provider@demo.starthub.cn', name: '长白山农品合作社', role: 'PROVIDER', city: 'baishan' },
  { email: 'mentor@demo.starthub.cn', name: '李振华', role: 'MENTOR', city: 'jilin' },
  { email: 'staff@demo.starthub.cn', name: '赵敏（人社局）', role: 'STAFF', city: 'changchun' },
  { email: 'admin@demo.starthub.cn', name: '系统管理员', role: 'ADMIN', city: 'changchun' },
  { email: 'guarantor@demo.starthub.cn', name: '孙立（担保中心）', role: 'GUARANTOR', city: 'changchun', organisation: '吉林省创业担保示范中心（样例）' },
  { email: 'bank@demo.starthub.cn', name: '周宁（农商银行）', role: 'BANK', city: 'changchun', organisation: '长春示范农商银行（样例）' },
  { email: 'trainer@demo.starthub.cn', name: '刘培（培训讲师）', role: 'TRAINER', city: 'changchun', organisation: '长春市创业培训示范学校（样例）' },
] as const
