// What other features use of contacts: the tag input (the Outlook pane's "Add to Steward").
export { TagsField } from './TagsField';
