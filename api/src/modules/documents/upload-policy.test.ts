import { describe, expect, it } from 'vitest';
import { DocumentType } from '../amendments/amendment-items.js';
import {
  DEFAULT_MAX_BYTES,
  PHOTO_MAX_BYTES,
  UPLOAD_POLICY_TABLE,
  UploadPolicyConfigError,
  formatBytes,
  largestMaxBytes,
  parseUploadPolicyOverrides,
  uploadPolicyFor,
  uploadPolicyTable,
} from './upload-policy.js';

const MiB = 1024 * 1024;

describe('upload policy defaults', () => {
  it('allows PDF, JPEG and PNG up to 5 MiB for every type but PHOTO', () => {
    for (const type of Object.values(DocumentType).filter((t) => t !== DocumentType.PHOTO)) {
      expect(uploadPolicyFor(type)).toEqual({
        documentType: type,
        allowedMimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
        maxBytes: 5 * MiB,
        minWidth: 0,
        minHeight: 0,
      });
    }
    expect(DEFAULT_MAX_BYTES).toBe(5 * MiB);
  });

  it('allows a PHOTO as JPEG or PNG, up to 2 MiB, at least 413×531 px', () => {
    expect(uploadPolicyFor(DocumentType.PHOTO)).toEqual({
      documentType: 'PHOTO',
      allowedMimeTypes: ['image/jpeg', 'image/png'],
      maxBytes: 2 * MiB,
      minWidth: 413,
      minHeight: 531,
    });
    expect(PHOTO_MAX_BYTES).toBe(2 * MiB);
  });
});

describe('configuration overrides', () => {
  it('most specific wins: byType, then the type’s own defaults, then default', () => {
    const overrides = {
      default: { maxBytes: 1 * MiB },
      byType: {
        PASSPORT: { maxBytes: 8 * MiB, allowedMimeTypes: ['application/pdf' as const] },
        PHOTO: { minWidth: 600 },
      },
    };
    expect(uploadPolicyFor(DocumentType.OTHER, overrides).maxBytes).toBe(1 * MiB);
    expect(uploadPolicyFor(DocumentType.PASSPORT, overrides)).toMatchObject({
      maxBytes: 8 * MiB,
      allowedMimeTypes: ['application/pdf'],
    });
    // PHOTO keeps its own 2 MiB (more specific than `default`), takes the configured width.
    expect(uploadPolicyFor(DocumentType.PHOTO, overrides)).toMatchObject({
      maxBytes: 2 * MiB,
      minWidth: 600,
      minHeight: 531,
    });
    expect(largestMaxBytes(overrides)).toBe(8 * MiB);
    expect(largestMaxBytes()).toBe(5 * MiB);
  });

  it('ignores keys set to undefined (configuration builds objects with them)', () => {
    expect(
      uploadPolicyFor(DocumentType.PHOTO, {
        default: { maxBytes: undefined },
        byType: { PHOTO: { maxBytes: undefined, minWidth: 500 } },
      }),
    ).toMatchObject({ maxBytes: 2 * MiB, minWidth: 500 });
  });

  it('reports every problem in malformed overrides at once', () => {
    const attempt = () =>
      parseUploadPolicyOverrides({
        default: { maxBytes: 0, allowedMimeTypes: [] },
        byType: { PHOTO: { allowedMimeTypes: ['image/gif'] }, SELFIE: {} },
        extra: true,
      });
    expect(attempt).toThrow(UploadPolicyConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as UploadPolicyConfigError).problems.join('\n');
      expect(problems).toMatch(/default\.maxBytes/);
      expect(problems).toMatch(/default\.allowedMimeTypes/);
      expect(problems).toMatch(/byType\.PHOTO\.allowedMimeTypes/);
      expect(problems).toMatch(/SELFIE|byType/);
      expect(problems).toMatch(/extra/);
    }
    expect(() => uploadPolicyFor('SELFIE' as DocumentType)).toThrow(UploadPolicyConfigError);
  });
});

describe('limits shown before upload', () => {
  it('describes every document type in data and words', () => {
    expect(UPLOAD_POLICY_TABLE.map((row) => row.documentType)).toEqual(Object.values(DocumentType));
    const passport = UPLOAD_POLICY_TABLE.find((row) => row.documentType === DocumentType.PASSPORT);
    expect(passport).toEqual({
      documentType: 'PASSPORT',
      allowedMimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      allowedFormats: ['PDF', 'JPEG', 'PNG'],
      extensions: ['.pdf', '.jpg', '.jpeg', '.png'],
      accept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png',
      maxBytes: 5 * MiB,
      maxSize: '5 MiB',
      minWidth: null,
      minHeight: null,
      summary: {
        en: 'PDF, JPEG or PNG; at most 5 MiB',
        zhTw: 'PDF、JPEG 或 PNG 檔；檔案大小上限 5 MiB',
      },
    });
    const photo = UPLOAD_POLICY_TABLE.find((row) => row.documentType === DocumentType.PHOTO);
    expect(photo).toMatchObject({
      allowedFormats: ['JPEG', 'PNG'],
      accept: 'image/jpeg,image/png,.jpg,.jpeg,.png',
      maxSize: '2 MiB',
      minWidth: 413,
      minHeight: 531,
      summary: {
        en: 'JPEG or PNG; at most 2 MiB; at least 413 × 531 pixels (width × height)',
        zhTw: 'JPEG 或 PNG 檔；檔案大小上限 2 MiB；至少 413 × 531 像素（寬 × 高）',
      },
    });
  });

  it('reflects configuration', () => {
    const table = uploadPolicyTable({
      default: { maxBytes: 1_000_000 },
      byType: { MANDATE: { allowedMimeTypes: ['application/pdf'], minWidth: 100, minHeight: 100 } },
    });
    expect(table.find((r) => r.documentType === DocumentType.OTHER)?.summary.en).toBe(
      'PDF, JPEG or PNG; at most 976.5 KiB',
    );
    // Minimum dimensions on a PDF-only type mean nothing and are not shown.
    expect(table.find((r) => r.documentType === DocumentType.MANDATE)).toMatchObject({
      minWidth: null,
      summary: { en: 'PDF; at most 976.5 KiB' },
    });
    const mixed = uploadPolicyTable({ byType: { OTHER: { minWidth: 10, minHeight: 20 } } });
    expect(mixed.find((r) => r.documentType === DocumentType.OTHER)?.summary.en).toBe(
      'PDF, JPEG or PNG; at most 5 MiB; images at least 10 × 20 pixels (width × height)',
    );
  });

  it('formats sizes rounding down, never overstating a limit', () => {
    expect(formatBytes(5 * MiB)).toBe('5 MiB');
    expect(formatBytes(1.5 * MiB)).toBe('1.5 MiB');
    expect(formatBytes(2 * MiB - 1)).toBe('1.9 MiB');
    expect(formatBytes(1024)).toBe('1 KiB');
    expect(formatBytes(1000)).toBe('1000 bytes');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3 GiB');
  });
});
