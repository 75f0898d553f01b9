const SAMPLES = 3;

/** A column's first distinct non-blank cells in the file, as "Ada · Grace · Linus". */
export function columnSamples(column: number, sampleRows: string[][]): string[] {
  const samples: string[] = [];
  for (const row of sampleRows) {
    const cell = row[column]?.trim();
    if (!cell || samples.includes(cell)) continue;
    samples.push(cell);
    if (samples.length === SAMPLES) break;
  }
  return samples;
}
