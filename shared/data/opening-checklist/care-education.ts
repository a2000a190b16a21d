import type { ChecklistDefinition } from '#shared/utils/opening-checklist'
import { JISHIBAN, every, FREE, when } from './common'

/** Care and education: childcare, elderly care and training schools. */
export const CARE_EDUCATION: readonly ChecklistDefinition[] = [
  {
    code: 'CHILDCARE_FILING',
    title: { 'zh-CN': '办理托育机构备案', 'en': 'File as a childcare centre' },
    hint: { 'zh-CN': '为 3 岁以下婴幼儿提供托育服务的，登记后向卫生健康部门备案。', 'en': 'A centre caring for children under 3 files with the health commission after registering.' },
    issuer: { 'zh-CN': '{place}卫生健康部门', 'en': 'Health commission of {place}' },
    bring: {
      'zh-CN': ['营业执照（或其他登记证书）', '场地证明和平面图', '工作人员资格和健康证明', '消防和食品安全相关证明'],
      'en': ['Business licence (or other registration)', 'Premises proof and plan', 'Staff qualifications and health certificates', 'Fire and food safety papers'],
    },
    typicalWorkingDays: 5,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: { 'elderly-childcare': when('为 3 岁以下婴幼儿提供托育服务的', 'If you care for children under 3') },
    basis: '《托育机构登记和备案办法（试行）》（2019）',
    sample: true,
    verify: 'Jilin\'s current filing steps and whether an individual business may run a childcare centre.',
  },
  {
    code: 'ELDERLY_CARE_FILING',
    title: { 'zh-CN': '办理养老机构备案', 'en': 'File as an elderly care home' },
    hint: { 'zh-CN': '提供住宿和照料服务的养老机构，登记后向民政部门备案；上门养老服务一般不需要。', 'en': 'A care home offering beds and care files with the civil affairs bureau after registering; home-visit care usually does not.' },
    issuer: { 'zh-CN': '{place}民政部门', 'en': 'Civil affairs bureau of {place}' },
    bring: {
      'zh-CN': ['营业执照（或其他登记证书）', '养老机构备案书和承诺书', '服务场所和设施情况', '消防、食品安全相关证明'],
      'en': ['Business licence (or other registration)', 'The filing form and commitment', 'The premises and facilities', 'Fire and food safety papers'],
    },
    typicalWorkingDays: 1,
    fee: FREE,
    links: [JISHIBAN],
    requires: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: { 'elderly-childcare': when('开办提供住宿和照料的养老机构的', 'If you run a care home with beds') },
    basis: '《养老机构管理办法》（2020）：养老机构设立许可取消，改为备案',
    sample: true,
    verify: 'Jilin\'s filing steps.',
  },
  {
    code: 'TRAINING_SCHOOL_PERMIT',
    title: { 'zh-CN': '取得培训办学许可', 'en': 'Get approval to run training' },
    hint: { 'zh-CN': '面向中小学生的非学科类培训和职业技能培训，先取得主管部门的办学许可，再办理登记。', 'en': 'Non-academic training for schoolchildren and vocational training need approval from the responsible department before registration.' },
    issuer: { 'zh-CN': '{place}教育、文化和旅游、体育或人力资源和社会保障部门（按培训内容）', 'en': 'The education, culture and tourism, sports or human resources bureau of {place} (by subject)' },
    bring: {
      'zh-CN': ['办学申请和章程', '场地证明（面积、消防条件）', '教师资格或专业能力证明', '资金证明'],
      'en': ['Application and school charter', 'Premises (size, fire safety)', 'Teachers\' qualifications', 'Proof of funds'],
    },
    typicalWorkingDays: 30,
    fee: FREE,
    links: [JISHIBAN],
    requires: [],
    precedes: ['BUSINESS_LICENCE'],
    forms: every('REQUIRED'),
    categories: {
      'education-training': when('面向中小学生的非学科类培训或职业技能培训的（成人兴趣类培训按当地规定）', 'If you train schoolchildren in non-academic subjects or run vocational training (adult hobby classes follow local rules)'),
    },
    basis: '《民办教育促进法》；校外培训机构管理有关规定（学科类培训不再新设）',
    sample: true,
    verify: 'Current rules for non-academic training approval in Jilin and which adult classes are exempt.',
  },
]
