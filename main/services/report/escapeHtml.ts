const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text as HTML that can only ever be text, in an element or in a quoted attribute: the
 * journal's words are the user's, and a report must not run or restyle anything they
 * happen to contain (`</style>`, `<script>`, a quote that ends an attribute).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
