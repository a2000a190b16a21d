/**
 * What a person types or chooses before the page is interactive is kept.
 *
 * A server-rendered form can be filled in at once, while the JavaScript is still on its way, but
 * hydration then sets every bound field back to its model (`v-model` writes the model's value into
 * the field), which would undo it. So before hydration this notes every field whose value differs
 * from what the server rendered (changed before any script ran) and, until hydration is over,
 * every field that is changed; afterwards it puts the person's values back and announces them with
 * `input` and `change` events, as the browser would have, so that the models take them.
 *
 * The same keeps what the browser itself puts back on a page reached with Back (Chromium restores
 * the fields' values after the load event, without events, and hydration used to wipe them while
 * the models kept theirs): what is shown and what the model holds stay one, as on any web page.
 * A value put back that is older than the data (someone else changed the plan since) meets the
 * same checks as one typed: the plan's save is refused with a choice, never a silent overwrite.
 *
 * One plugin for every field on every page, rather than a step in each field component: raw
 * inputs (search boxes, grids, time pickers) need it as much as the form components do.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
type Kept = { value: string } | { checked: boolean } | { selected: boolean[] }

function isField(el: EventTarget | null): el is Field {
  if (el instanceof HTMLInputElement) return el.type !== 'file' && el.type !== 'hidden'
  return el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
}

function isBox(el: Field): el is HTMLInputElement {
  return el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
}

/** the field differs from what the server rendered into it */
function changedBeforeScript(el: Field): boolean {
  if (isBox(el)) return el.checked !== el.defaultChecked
  if (el instanceof HTMLSelectElement) {
    const options = [...el.options]
    if (el.multiple) return options.some(o => o.selected !== o.defaultSelected)
    const rendered = options.findIndex(o => o.defaultSelected)
    return el.selectedIndex !== (rendered === -1 ? 0 : rendered)
  }
  return el.value !== el.defaultValue
}

function read(el: Field): Kept {
  if (isBox(el)) return { checked: el.checked }
  if (el instanceof HTMLSelectElement) return { selected: [...el.options].map(o => o.selected) }
  return { value: el.value }
}

/** puts the kept value back; true when the field had lost it */
function restore(el: Field, kept: Kept): boolean {
  if ('checked' in kept) {
    // a radio button that was unchecked is restored by checking the one that was chosen
    if (!isBox(el) || el.checked === kept.checked || (el.type === 'radio' && !kept.checked)) return false
    el.checked = kept.checked
    return true
  }
  if ('selected' in kept) {
    if (!(el instanceof HTMLSelectElement)) return false
    const options = [...el.options]
    if (options.length !== kept.selected.length || options.every((o, i) => o.selected === kept.selected[i])) return false
    options.forEach((o, i) => {
      o.selected = kept.selected[i]!
    })
    return true
  }
  if (el instanceof HTMLSelectElement || el.value === kept.value) return false
  el.value = kept.value
  return true
}

export default defineNuxtPlugin({
  name: 'early-input',
  enforce: 'pre',
  setup(nuxtApp) {
    if (!nuxtApp.isHydrating) return
    const kept = new Map<Field, Kept>()
    for (const el of document.querySelectorAll('input, textarea, select')) {
      if (isField(el) && changedBeforeScript(el)) kept.set(el, read(el))
    }
    const note = (e: Event) => {
      if (isField(e.target)) kept.set(e.target, read(e.target))
    }
    document.addEventListener('input', note, true)
    document.addEventListener('change', note, true)
    nuxtApp.hooks.hookOnce('app:suspense:resolve', async () => {
      // the fields' directives set them from their models in the flush after this hook
      await nextTick()
      document.removeEventListener('input', note, true)
      document.removeEventListener('change', note, true)
      for (const [el, value] of kept) {
        if (!el.isConnected || !restore(el, value)) continue
        el.dispatchEvent(new Event('input', { bubbles: true }))
        el.dispatchEvent(new Event('change', { bubbles: true }))
      }
    })
  },
})
