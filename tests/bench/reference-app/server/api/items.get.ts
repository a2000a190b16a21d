import { defineEventHandler } from 'h3'

const items = Array.from({ length: 50 }, (_, i) => ({ id: i + 1, title: `项目 ${i + 1}`, summary: '投资少、见效快的社区项目，适合首次创业。' }))

export default defineEventHandler(() => items)
