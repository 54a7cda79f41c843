/** A text field the picker can write into. */
export type TextField = HTMLTextAreaElement | HTMLInputElement;

/**
 * Inserts text at the cursor of a text field (replacing its selection), puts
 * the cursor after it, tells the field's listeners with an `input` event, and
 * gives the focus back to the field.
 */
export function insertAtCursor(field: TextField, text: string): void {
  const length = field.value.length;
  const start = Math.min(field.selectionStart ?? length, length);
  const end = Math.max(start, Math.min(field.selectionEnd ?? start, length));
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
  field.focus();
}
