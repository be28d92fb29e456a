/** Money and sizes in the customer's language. */
export const money = (locale: string, cents: number, currency: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

export const megabytes = (locale: string, bytes: number) =>
  new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/** A plain date ("3 December 2026"). */
export const longDate = (locale: string, iso: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

/** Why each picked file cannot be sent, before anything is uploaded (the server checks again). */
export function fileProblems(
  files: readonly { name: string; size: number; type: string }[],
  limits: { maxFiles: number; maxFileSizeBytes: number; allowedMimeTypes: string[] }
): Array<{ key: 'fileTooMany' | 'fileTooBig' | 'fileType'; name?: string }> {
  const problems: Array<{ key: 'fileTooMany' | 'fileTooBig' | 'fileType'; name?: string }> = [];
  if (files.length > limits.maxFiles) problems.push({ key: 'fileTooMany' });
  const accepted = (type: string) => limits.allowedMimeTypes.some((allowed) => (allowed.endsWith('/*') ? type.startsWith(allowed.slice(0, -1)) : type === allowed));
  for (const file of files) {
    if (file.size > limits.maxFileSizeBytes) problems.push({ key: 'fileTooBig', name: file.name });
    else if (!accepted(file.type)) problems.push({ key: 'fileType', name: file.name });
  }
  return problems;
}
