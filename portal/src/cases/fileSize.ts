/** 1.2 MB, 340 KB: sizes as people read them (1 MB = 1024 × 1024 bytes, as the limits are set). */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
