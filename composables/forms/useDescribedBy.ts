/** aria-describedby of a labelled control: its hint (when it has one) and its error (when it shows one). */
export function useDescribedBy(props: { id: string, hint?: string, error?: string }) {
  return computed(() => [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined)
}
