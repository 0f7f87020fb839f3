/**
 * 1.2 MB, 10.4 MB, 340 KB: sizes as people read them, in the units the limits are set in
 * (1 MB = 1024 × 1024 bytes); one decimal at most, none when it is 0 (2 MB, not 2.0 MB).
 */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
