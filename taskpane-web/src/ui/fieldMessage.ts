/** "is not a valid email address" under Email reads "Email is not a valid email address." */
export function fieldMessage(label: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const sentence = /^(is|must|may|has|does)\b/.test(message)
    ? `${label} ${message}`
    : message.charAt(0).toUpperCase() + message.slice(1);
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}
