import type { Bilingual } from '../i18n/messages'
import type { GuideSlug, PolicyTag } from '../utils/content-taxonomy'
import type { ServiceStageCode } from '../utils/stages'
import type { RiskAdviceDef, RiskAdviceLink } from './risk-advice'

export * from './risk-advice'

/**
 * 风险评估 — the questionnaire of the one-stop case's risk stage, as data: 30 questions in five
 * dimensions, each option with its points, and for a weak answer one piece of advice with a link
 * that works on the site today. Plus the thresholds for the signals read from the business plan;
 * their advice and the advice on the project library's risk factors are in risk-advice.ts, which
 * this module re-exports. shared/utils/risk.ts scores it; the texts are here in both languages
 * because the server renders them too (mails, the printed result).
 *
 * Anchors: the Chinese 创业可行性自测 (30 items, 是 3 / 不确定 1 / 否 0), the US SBA readiness
 * assessment (yes/no in groups), Maryland SBDC "Smart Start" (sections, a score and an action
 * plan) and the UK Start Up Loans personal survival budget. The questions are StartHub's own
 * wording (sample content, to be reviewed by the programme's mentors).
 *
 * Ids are stable: stored answers refer to them. Change a question's meaning → give it a new id and
 * raise RISK_QUESTIONNAIRE_VERSION.
 */
export const RISK_QUESTIONNAIRE_VERSION = 1

/** The five dimensions, in the order the result page shows them (names: cases.riskDimension). */
export const RISK_DIMENSIONS = ['PERSONAL', 'MARKET', 'FINANCE', 'OPERATIONS', 'COMPLIANCE'] as const
export type RiskDimensionCode = (typeof RISK_DIMENSIONS)[number]

/** Points of an option: 3 is the strongest answer; 0 or 1 is a weak one and brings the advice. */
export type RiskPoints = 0 | 1 | 2 | 3
export interface RiskOption { value: string, points: RiskPoints, label: Bilingual }

export interface RiskQuestion {
  id: string
  dimension: RiskDimensionCode
  text: Bilingual
  options: readonly RiskOption[]
  advice: RiskAdviceDef
}

/** An answer is weak when it earns at most this many points. */
export const WEAK_POINTS = 1

const YES_NO: readonly RiskOption[] = [
  { value: 'YES', points: 3, label: { 'zh-CN': '是', 'en': 'Yes' } },
  { value: 'UNSURE', points: 1, label: { 'zh-CN': '不确定', 'en': 'Not sure' } },
  { value: 'NO', points: 0, label: { 'zh-CN': '否', 'en': 'No' } },
]
/** Yes / not sure / no, plus "does not apply to my business" (full points: nothing to prepare). */
const YES_NO_NA: readonly RiskOption[] = [
  ...YES_NO,
  { value: 'NOT_APPLICABLE', points: 3, label: { 'zh-CN': '不涉及', 'en': 'Does not apply' } },
]

const mentors = (stage: ServiceStageCode = 'RISK'): RiskAdviceLink => ({ kind: 'mentors', stage })
const policies = (tag: PolicyTag): RiskAdviceLink => ({ kind: 'policies', tag })
const guide = (slug: GuideSlug): RiskAdviceLink => ({ kind: 'guide', slug })

export const RISK_QUESTIONS: readonly RiskQuestion[] = [
  // --- personal readiness ---------------------------------------------------------------------
  {
    id: 'personal-trade-experience',
    dimension: 'PERSONAL',
    text: { 'zh-CN': '您在这个行业做过吗（打工、学徒或帮家里经营）？', 'en': 'Have you worked in this trade before (as an employee, apprentice or in a family business)?' },
    options: [
      { value: 'OVER_2Y', points: 3, label: { 'zh-CN': '做过 2 年以上', 'en': 'More than 2 years' } },
      { value: 'UNDER_2Y', points: 2, label: { 'zh-CN': '做过，不到 2 年', 'en': 'Yes, less than 2 years' } },
      { value: 'BRIEFLY', points: 1, label: { 'zh-CN': '只了解过、短期帮过忙', 'en': 'Only briefly or from the outside' } },
      { value: 'NEVER', points: 0, label: { 'zh-CN': '没有做过', 'en': 'Never' } },
    ],
    advice: {
      text: { 'zh-CN': '开业前先到同类店铺或企业干上一两个月，弄清进货、定价和每天的工作量；也可以请本行业的创业导师带一带。', 'en': 'Before you open, work for a month or two in a similar business to learn purchasing, pricing and the daily workload, or ask a mentor from this trade to guide you.' },
      link: mentors(),
    },
  },
  {
    id: 'personal-skills',
    dimension: 'PERSONAL',
    text: { 'zh-CN': '这个项目需要的关键手艺或技术（如制作、维修、护理、直播），您已经掌握了吗？', 'en': 'Do you already have the key skills this project needs (e.g. cooking, repairs, care work, live selling)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '把需要的技能列出来，缺的先学：可以参加创业培训和职业技能培训（符合条件的免费），或先雇一位有经验的师傅。', 'en': 'List the skills you need and learn what is missing first: start-up and vocational training are free for those who qualify, or hire an experienced hand at the start.' },
      link: guide('choose-your-training'),
      training: 'SYB',
    },
  },
  {
    id: 'personal-health',
    dimension: 'PERSONAL',
    text: { 'zh-CN': '您的身体能承受开业头一年每天长时间、没有休息日的工作吗？', 'en': 'Can your health stand long days with few days off during the first year?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '按自己的体力定营业时间和规模，排好轮休；和导师商量一下，是否找家人或合伙人分担。', 'en': 'Set opening hours and size by what your health allows and plan days off; talk to a mentor about sharing the work with family or a partner.' },
      link: mentors(),
    },
  },
  {
    id: 'personal-time',
    dimension: 'PERSONAL',
    text: { 'zh-CN': '开业后您每周能全职投入（40 小时以上）吗？', 'en': 'Can you work on the business full time (40 hours a week or more) once it opens?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '时间不够的，先从小规模或线上起步，或找一位能全职看店的合伙人，并在计划书里写清分工。', 'en': 'If your time is short, start small or online, or find a partner who can run it full time, and write down who does what in your plan.' },
      link: mentors(),
    },
  },
  {
    id: 'personal-family-support',
    dimension: 'PERSONAL',
    text: { 'zh-CN': '您的家人支持您创业吗（包括知道可能亏损）？', 'en': 'Does your family support you starting this business, knowing it could lose money?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '和家人一起看一遍计划书：要投多少钱、最坏情况下损失多少、家里的生活费从哪里来。家人心里有数，遇到困难时才能帮上忙。', 'en': 'Go through the plan with your family: how much goes in, what the worst case would cost and what the household lives on meanwhile. A family that knows can help when things get hard.' },
      link: guide('start-a-business-in-jilin'),
    },
  },
  {
    id: 'personal-stop-loss',
    dimension: 'PERSONAL',
    text: { 'zh-CN': '如果头半年收入不如预期，您事先定好了止损线吗（亏到多少、坚持几个月就调整或退出）？', 'en': 'If income falls short in the first six months, have you decided in advance when you would change course or stop (how much loss, how many months)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '开业前就写下止损线：累计亏损多少或连续几个月不达标时就调整或停业。了解个体工商户和企业的简易注销，知道退出的路也不难走，反而更敢起步。', 'en': 'Write down your stop-loss before you open: how much loss, or how many weak months, means changing course or closing. Learn how simplified deregistration works; knowing the way out is short makes starting less daunting.' },
      link: mentors(),
    },
  },

  // --- market ---------------------------------------------------------------------------------
  {
    id: 'market-customers-talked',
    dimension: 'MARKET',
    text: { 'zh-CN': '您当面问过至少 10 位潜在顾客：会不会买、愿意付多少钱？', 'en': 'Have you asked at least 10 potential customers in person whether they would buy and what they would pay?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '开业前找 10 位目标顾客聊聊：他们现在在哪里买、多久买一次、愿意付多少钱。把回答记下来，用来修改销售预测。', 'en': 'Before you open, talk to 10 target customers: where they buy now, how often and what they would pay. Write the answers down and use them to revise your sales forecast.' },
      link: mentors(),
    },
  },
  {
    id: 'market-competitors',
    dimension: 'MARKET',
    text: { 'zh-CN': '您知道附近（或同一平台上）的主要竞争对手，以及他们的价格和优缺点吗？', 'en': 'Do you know your main competitors nearby (or on the same platform), their prices, strengths and weaknesses?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '列出 3 到 5 家竞争对手，到店或上网看看价格、客流和评价，按 1–5 分给他们的优势和劣势打分，想清楚顾客为什么要选您。', 'en': 'List 3 to 5 competitors, visit them or their web shops to see prices, footfall and reviews, score their strengths and weaknesses from 1 to 5, and work out why customers would choose you.' },
      link: mentors(),
    },
  },
  {
    id: 'market-location',
    dimension: 'MARKET',
    text: { 'zh-CN': '经营地点（或线上渠道）选好了吗？您在不同时段实地看过客流吗？', 'en': 'Have you chosen the location (or online channel) and counted passers-by there at different times of day?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '在工作日和周末的早、中、晚各数一次客流，再比较租金。创业孵化基地和部分城市提供免租或减租场地，可以先看看当地政策。', 'en': 'Count passers-by in the morning, at noon and in the evening on a weekday and at a weekend, then compare rents. Incubation bases and some cities offer premises rent-free or at reduced rent: check the local policies.' },
      link: policies('场地安排'),
    },
  },
  {
    id: 'market-pricing',
    dimension: 'MARKET',
    text: { 'zh-CN': '您的定价算过成本，也和竞争对手的价格比较过吗？', 'en': 'Is your price based on your costs and compared with your competitors\' prices?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '按每件产品或每次服务算出成本（原料、人工、房租分摊），再对照竞争对手的价格定价；请导师帮您看看利润是否够。', 'en': 'Work out the cost of each product or service (materials, labour, a share of the rent), then set your price against competitors\'; ask a mentor whether the margin is enough.' },
      link: mentors('PLAN'),
    },
  },
  {
    id: 'market-sales-forecast',
    dimension: 'MARKET',
    text: { 'zh-CN': '您按月做了 12 个月的销售预测（每月卖多少、单价多少），并考虑了淡旺季吗？', 'en': 'Have you forecast sales month by month for 12 months (quantities and prices), including slow and busy seasons?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '在计划书里逐月写出销售数量和单价，淡季按保守数字估计；不会做的，SYB 培训和创业导师都能手把手教。', 'en': 'Write monthly quantities and prices into your plan, with cautious figures for the slow season; SYB training and the mentors can show you how.' },
      link: mentors('PLAN'),
      training: 'SYB',
    },
  },
  {
    id: 'market-promotion',
    dimension: 'MARKET',
    text: { 'zh-CN': '您想好开业后怎么让顾客知道您（宣传方式和费用）了吗？', 'en': 'Do you know how customers will hear about you once you open (channels and cost)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '选一两种花钱少、能见效的宣传方式（如社区群、点评平台、开业优惠），把费用写进每月成本，开业后看哪种带来了顾客。', 'en': 'Pick one or two low-cost channels that work (community chat groups, review platforms, opening offers), put their cost into your monthly costs and check which one brings customers.' },
      link: mentors(),
      training: 'ONLINE',
    },
  },

  // --- finance --------------------------------------------------------------------------------
  {
    id: 'finance-own-share',
    dimension: 'FINANCE',
    text: { 'zh-CN': '启动资金里，您自己（和家人）出的钱占多少？', 'en': 'How much of the start-up money comes from you (and your family)?' },
    options: [
      { value: 'OVER_HALF', points: 3, label: { 'zh-CN': '一半以上', 'en': 'More than half' } },
      { value: 'QUARTER_TO_HALF', points: 2, label: { 'zh-CN': '四分之一到一半', 'en': 'A quarter to a half' } },
      { value: 'UNDER_QUARTER', points: 1, label: { 'zh-CN': '不到四分之一', 'en': 'Less than a quarter' } },
      { value: 'NONE', points: 0, label: { 'zh-CN': '全部靠借', 'en': 'All of it is borrowed' } },
    ],
    advice: {
      text: { 'zh-CN': '自有资金少，还款压力就大。可以先缩小规模、减少一次性投入；需要借钱的，优先了解财政贴息的创业担保贷款，别找高息借款。', 'en': 'With little of your own money, repayments weigh heavily. Start smaller and cut one-off spending; if you must borrow, look at the subsidised guaranteed start-up loan before any high-interest lender.' },
      link: policies('创业担保贷款'),
    },
  },
  {
    id: 'finance-existing-debt',
    dimension: 'FINANCE',
    text: { 'zh-CN': '除房贷、车贷外，您现在还有其他贷款或欠款吗？', 'en': 'Apart from a mortgage or car loan, do you owe money now (other loans or debts)?' },
    options: [
      { value: 'NONE', points: 3, label: { 'zh-CN': '没有', 'en': 'No' } },
      { value: 'SMALL', points: 1, label: { 'zh-CN': '有，但能按时还', 'en': 'Yes, but I repay on time' } },
      { value: 'LARGE', points: 0, label: { 'zh-CN': '有，还款有压力', 'en': 'Yes, and repaying is hard' } },
    ],
    advice: {
      text: { 'zh-CN': '先算清每月要还多少，尽量在开业前还掉或降下来。申请创业担保贷款时，本人和配偶的其他贷款和逾期记录都会被审查。', 'en': 'Work out your monthly repayments and bring them down or clear them before you open. A guaranteed start-up loan application checks your and your spouse\'s other loans and any late payments.' },
      link: guide('guaranteed-loan-application'),
    },
  },
  {
    id: 'finance-survival-budget',
    dimension: 'FINANCE',
    text: { 'zh-CN': '不算生意的收入，您家的积蓄能维持几个月的生活开支？', 'en': 'Without any income from the business, how many months can your household live on its savings?' },
    options: [
      { value: 'SIX_PLUS', points: 3, label: { 'zh-CN': '6 个月以上', 'en': '6 months or more' } },
      { value: 'THREE_TO_SIX', points: 2, label: { 'zh-CN': '3 到 6 个月', 'en': '3 to 6 months' } },
      { value: 'UNDER_THREE', points: 1, label: { 'zh-CN': '不到 3 个月', 'en': 'Less than 3 months' } },
      { value: 'NONE', points: 0, label: { 'zh-CN': '没有积蓄', 'en': 'No savings' } },
    ],
    advice: {
      text: { 'zh-CN': '做一份家庭生活预算（房租或房贷、吃穿、孩子上学、医疗），开业前至少留出 3 到 6 个月的生活费，别把它投进生意里。', 'en': 'Make a personal survival budget (housing, food, school, health) and keep at least 3 to 6 months of it aside before you open; do not put it into the business.' },
      link: mentors('FINANCING'),
    },
  },
  {
    id: 'finance-break-even',
    dimension: 'FINANCE',
    text: { 'zh-CN': '您算过每个月至少要卖多少才能保本吗？', 'en': 'Do you know how much you must sell each month to break even?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '把每月固定开支（房租、工资、水电、还款）加起来，除以每单的毛利，就是每月要卖的单数；再看这个数在您的地点能不能做到。', 'en': 'Add up the monthly fixed costs (rent, wages, utilities, repayments) and divide by the margin on one sale: that is how many sales you need a month. Then ask whether your location can bring that many.' },
      link: mentors('PLAN'),
    },
  },
  {
    id: 'finance-cash-flow',
    dimension: 'FINANCE',
    text: { 'zh-CN': '您做了按月的现金流量计划（每月进多少钱、出多少钱，包括淡季）吗？', 'en': 'Have you made a monthly cash-flow plan (money in and out each month, slow season included)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '利润不等于现金：按月列出收入和支出（包括进货、还款和设备），看每月月底还剩多少钱。SYB 计划书的现金流量表就是为这个准备的。', 'en': 'Profit is not cash: list money in and out month by month (stock, repayments and equipment included) and see what is left at each month\'s end. The SYB plan\'s cash-flow table is made for this.' },
      link: guide('start-a-business-in-jilin'),
      training: 'SYB',
    },
  },
  {
    id: 'finance-bookkeeping',
    dimension: 'FINANCE',
    text: { 'zh-CN': '您打算每天记账，并把生意的钱和家里的钱分开吗？', 'en': 'Will you keep daily accounts and keep the business\'s money apart from the household\'s?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '开一个专门收款的账户，每天记收支台账、每月核对一次。账清楚了，报税、申请贷款和补贴都更顺利。', 'en': 'Use a separate account for takings, keep a daily cash book and check it monthly. Clear books make tax returns, loan and subsidy applications much easier.' },
      link: guide('register-your-business'),
      training: 'IYB',
    },
  },

  // --- operations -----------------------------------------------------------------------------
  {
    id: 'ops-suppliers',
    dimension: 'OPERATIONS',
    text: { 'zh-CN': '主要原料或货源，您已经找到至少两家可靠的供应商了吗？', 'en': 'Have you found at least two reliable suppliers for your main materials or goods?' },
    options: [
      { value: 'TWO_OR_MORE', points: 3, label: { 'zh-CN': '两家或更多', 'en': 'Two or more' } },
      { value: 'ONE', points: 1, label: { 'zh-CN': '只有一家', 'en': 'Only one' } },
      { value: 'NONE', points: 0, label: { 'zh-CN': '还没有', 'en': 'Not yet' } },
      { value: 'NOT_APPLICABLE', points: 3, label: { 'zh-CN': '不需要进货', 'en': 'I buy nothing in' } },
    ],
    advice: {
      text: { 'zh-CN': '至少找两家供应商比较价格、质量和送货时间，问清账期和退换货规则，一家断货时还有另一家。', 'en': 'Find at least two suppliers and compare price, quality and delivery; agree payment terms and returns, so one can stand in when the other runs out.' },
      link: mentors(),
    },
  },
  {
    id: 'ops-staff',
    dimension: 'OPERATIONS',
    text: { 'zh-CN': '开业需要的人手（包括家人帮忙）已经落实了吗？', 'en': 'Have you secured the people you need to open (family help included)?' },
    options: [
      ...YES_NO,
      { value: 'NOT_APPLICABLE', points: 3, label: { 'zh-CN': '我一个人就够', 'en': 'I can do it alone' } },
    ],
    advice: {
      text: { 'zh-CN': '算好需要几个人、各干什么、月薪多少，提前招聘。吸纳重点群体就业的，部分城市有社保补贴和一次性吸纳就业补贴。', 'en': 'Work out how many people you need, for what and at what wage, and recruit early. Hiring people from priority groups can earn social-insurance and hiring subsidies in some cities.' },
      link: policies('资金补贴'),
    },
  },
  {
    id: 'ops-premises',
    dimension: 'OPERATIONS',
    text: { 'zh-CN': '经营场所的租约、面积和房屋用途（能否办营业执照）都落实了吗？', 'en': 'Are the lease, size and permitted use of the premises (can a business licence be issued there) settled?' },
    options: YES_NO_NA,
    advice: {
      text: { 'zh-CN': '签租约前先确认这个地址能办营业执照和相关许可（住宅一般不能开餐饮），租期最好覆盖回本期。孵化基地的场地可以先了解。', 'en': 'Before signing a lease, make sure the address can be registered and licensed (homes usually cannot host a restaurant), and that the lease covers your payback period. Look at incubation-base premises too.' },
      link: policies('场地安排'),
    },
  },
  {
    id: 'ops-equipment',
    dimension: 'OPERATIONS',
    text: { 'zh-CN': '需要的设备、工具和车辆，您列了清单并问过价格吗？', 'en': 'Have you listed the equipment, tools and vehicles you need, with prices?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '按计划书“固定资产”一节列出名称、数量、单价和供应商；能租的先租、能买二手的先买二手，把钱留作流动资金。', 'en': 'List name, quantity, unit price and supplier as in the plan\'s fixed-assets section; rent or buy second-hand where you can and keep the money as working capital.' },
      link: mentors('PLAN'),
    },
  },
  {
    id: 'ops-insurance',
    dimension: 'OPERATIONS',
    text: { 'zh-CN': '您了解生意需要哪些保险（如财产险、公众责任险、雇主责任险）吗？', 'en': 'Do you know which insurance the business needs (property, public liability, employer\'s liability)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '问问导师和同行：您的行业最常见的损失是什么（火灾、顾客受伤、员工工伤），再比较几家保险公司的小微企业保险。', 'en': 'Ask a mentor and others in the trade what losses are most common (fire, injured customers, injured staff), then compare small-business policies from a few insurers.' },
      link: mentors(),
    },
  },
  {
    id: 'ops-backup',
    dimension: 'OPERATIONS',
    text: { 'zh-CN': '如果您生病或有急事，有人能替您照看生意吗？', 'en': 'If you fall ill or have an emergency, can someone run the business for you?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '找一位家人或员工提前学会开门、收银、进货这些基本操作，把供应商和常客的联系方式整理成册。', 'en': 'Teach a family member or employee the basics (opening up, taking payments, ordering) in advance, and keep a list of suppliers and regular customers.' },
      link: mentors(),
    },
  },

  // --- compliance -----------------------------------------------------------------------------
  {
    id: 'compliance-licences-known',
    dimension: 'COMPLIANCE',
    text: { 'zh-CN': '您清楚这个行业开业前要办哪些证照（如食品经营许可证、卫生许可证）吗？', 'en': 'Do you know which licences and permits this trade needs before opening (e.g. a food business permit, a hygiene permit)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '开业指导环节会按您的经营主体、行业和城市列出要办的证照和先后顺序。先读一读办证指南，心里有个数。', 'en': 'The opening stage lists the licences you need, in order, for your legal form, trade and city. Read the registration guide now to know what is coming.' },
      link: guide('register-your-business'),
    },
  },
  {
    id: 'compliance-legal-form',
    dimension: 'COMPLIANCE',
    text: { 'zh-CN': '您选好经营主体了吗（个体工商户、个人独资企业、合伙企业或有限责任公司）？', 'en': 'Have you chosen a legal form (individual business, sole-owner enterprise, partnership or limited company)?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '经营主体决定了登记、纳税、社保和承担责任的方式：夫妻店、小餐馆多选个体工商户，要对外签约或多人合伙的考虑企业。拿不准可以请导师帮您比较。', 'en': 'The legal form decides registration, tax, social insurance and your liability: family shops and small restaurants usually register as individual businesses; contracts with companies or several owners point to an enterprise. A mentor can help you compare.' },
      link: guide('register-your-business'),
    },
  },
  {
    id: 'compliance-premises-rules',
    dimension: 'COMPLIANCE',
    text: { 'zh-CN': '您的场所能满足消防、环保等要求吗（如餐饮油烟、人员密集场所的消防检查）？', 'en': 'Can your premises meet fire-safety and environmental rules (e.g. kitchen fumes, the fire check for crowded venues)?' },
    options: YES_NO_NA,
    advice: {
      text: { 'zh-CN': '签约前请懂行的人看看场所：有没有排烟条件、安全出口是否够、是否属于要做开业前消防检查的公众聚集场所。改造费用要算进启动资金。', 'en': 'Before signing, have someone who knows look at the premises: can fumes be vented, are there enough exits, is it a crowded venue that needs a fire check before opening. Put the cost of any changes into your start-up budget.' },
      link: mentors('OPENING'),
    },
  },
  {
    id: 'compliance-tax',
    dimension: 'COMPLIANCE',
    text: { 'zh-CN': '您了解要交哪些税、多久申报一次，以及自己能享受哪些税收优惠吗？', 'en': 'Do you know which taxes you will pay, how often you file, and which tax reliefs you qualify for?' },
    options: YES_NO,
    advice: {
      text: { 'zh-CN': '高校毕业生、退役军人、返乡农民工、失业人员等从事个体经营的，可以在限额内扣减税费。先到政策库查一查您能享受的优惠，开业后按期申报。', 'en': 'Graduates, veterans, returning migrant workers, unemployed people and other priority groups running their own business can deduct taxes up to a limit. Check the reliefs you qualify for and file on time once you open.' },
      link: policies('税收优惠'),
    },
  },
  {
    id: 'compliance-employment',
    dimension: 'COMPLIANCE',
    text: { 'zh-CN': '雇人的话，您知道要签书面劳动合同、按时办社保吗？', 'en': 'If you hire, do you know you must sign written employment contracts and register staff for social insurance on time?' },
    options: YES_NO_NA,
    advice: {
      text: { 'zh-CN': '招用员工要在用工之日起一个月内签书面劳动合同，并按规定办理社会保险登记和缴费；开业清单里有这一项。', 'en': 'A written contract is due within a month of the first working day, and staff must be registered and paid for in social insurance; it is on your opening checklist.' },
      link: guide('register-your-business'),
    },
  },
  {
    id: 'compliance-contracts',
    dimension: 'COMPLIANCE',
    text: { 'zh-CN': '加盟、合伙或租赁合同，您请懂行的人看过吗？', 'en': 'Has someone who knows looked over your franchise, partnership or lease contract?' },
    options: YES_NO_NA,
    advice: {
      text: { 'zh-CN': '签字前请导师或律师看看：加盟费能否退、合伙人怎么分钱和退出、租约能否转租和提前解约。交加盟费前查一查品牌方的备案和经营情况。', 'en': 'Before you sign, ask a mentor or lawyer: can the franchise fee be refunded, how do partners share and leave, can the lease be sublet or ended early. Check the franchisor\'s registration and track record before paying any fee.' },
      link: mentors(),
    },
  },
]

// ---------------------------------------------------------------------------------------------
// Signals read from the business plan (方案设计). Each is scored 0–3 like a question and counts in
// the FINANCE dimension; a weak one (0 or 1 points) brings its advice. {n} is the plan's figure.
// ---------------------------------------------------------------------------------------------

export const RISK_SIGNALS = ['negativeCash', 'reserve', 'payback', 'loanShare'] as const
export type RiskSignalCode = (typeof RISK_SIGNALS)[number]

/** Thresholds (sample values, to be reviewed with the programme's mentors). */
export const RISK_SIGNAL_RULES = {
  /** months whose closing cash is below zero: 0 → 3 points, 1–2 → 1, 3 or more → 0 */
  negativeCashMonths: { fullAt: 0, weakUpTo: 2 },
  /** cash reserve in months of costs: ≥ 6 → 3, ≥ 3 → 2, below 3 → 0 (weak) */
  reserveMonths: { full: 6, weakBelow: 3 },
  /** months until the start-up money is earned back: ≤ 12 → 3, ≤ 24 → 2, more or never → 0 (weak) */
  paybackMonths: { full: 12, weakAbove: 24 },
  /** loans as a share of the start-up money, basis points: ≤ 30 % → 3, ≤ 50 % → 2, more → 0 (weak) */
  loanShareBp: { full: 3000, weakAbove: 5000 },
} as const
