// B4's memory check: how much a server's peak RSS grows while it receives one 50 MiB upload,
// and whether the upload leaves a temporary file behind.
import { peakRss, resetPeakRss, startApi } from './api-server.mjs';
import { cloneDrafts } from './fixtures.mjs';
import {
  formUploadHead,
  graphqlUploadHead,
  MULTIPART_TYPE,
  multipartBody,
  pdfOfSize,
} from './multipart.mjs';
import { MiB } from './scenarios.mjs';
import { say, sleep } from './util.mjs';

const BIG = 50 * MiB;

async function send(base, token, variant, draftId, size) {
  const graphql = variant === 'graphql';
  const res = await fetch(graphql ? `${base}/graphql` : `${base}/amendments/${draftId}/documents`, {
    method: 'POST',
    headers: {
      'content-type': MULTIPART_TYPE,
      authorization: `Bearer ${token}`,
      ...(graphql ? { 'apollo-require-preflight': 'true' } : {}),
    },
    body: multipartBody(
      graphql ? graphqlUploadHead(draftId, 'PASSPORT') : formUploadHead('PASSPORT'),
      pdfOfSize(size),
    ),
  });
  const text = await res.text();
  const ok = graphql ? res.status === 200 && !text.includes('"errors"') : res.status === 201;
  return { status: res.status, ok, body: ok ? undefined : text.slice(0, 600) };
}

/**
 * A server of its own (the passport scan's limit raised to 64 MiB through UPLOAD_LIMITS_JSON,
 * a fresh TMPDIR), warmed up with a 1 MiB upload per variant; then per variant: reset the peak
 * (`clear_refs` 5), read VmHWM, upload 50 MiB, read VmHWM again.
 */
export async function measureUploadMemory(ctx, { apiMain, workDir, storeDir, db }) {
  const server = await startApi({
    apiMain,
    workDir,
    name: 'upload-memory',
    databaseUrl: db.url,
    storeDir,
    env: { UPLOAD_LIMITS_JSON: JSON.stringify({ byType: { PASSPORT: { maxBytes: 64 * MiB } } }) },
  });
  const out = { uploadBytes: BIG, variants: {} };
  try {
    const variants = ['graphql', ...(ctx.route.available ? ['route'] : [])];
    const drafts = await cloneDrafts(ctx.client, ctx.cases.uploadTemplateId, variants.length * 2);
    for (const [i, variant] of variants.entries()) {
      const warm = await send(server.base, ctx.tokens.uploader, variant, drafts[2 * i].id, MiB);
      if (!warm.ok)
        throw new Error(`warm-up upload (${variant}) failed: ${warm.status} ${warm.body}`);
      await sleep(300);
      await resetPeakRss(server.pid);
      const before = await peakRss(server.pid);
      const t0 = performance.now();
      const res = await send(server.base, ctx.tokens.uploader, variant, drafts[2 * i + 1].id, BIG);
      const seconds = (performance.now() - t0) / 1000;
      const after = await peakRss(server.pid);
      await sleep(500);
      const leftovers = await server.leftovers();
      const growthMiB = Number(((after.hwmKiB - before.hwmKiB) / 1024).toFixed(1));
      out.variants[variant] = {
        ok: res.ok,
        status: res.status,
        ...(res.ok ? {} : { body: res.body }),
        seconds: Number(seconds.toFixed(2)),
        rssBeforeMiB: Number((before.hwmKiB / 1024).toFixed(1)),
        peakAfterMiB: Number((after.hwmKiB / 1024).toFixed(1)),
        peakGrowthMiB: growthMiB,
        tempFilesLeft: leftovers.length,
      };
      say(
        `  50 MiB upload (${variant}): ${res.status}, peak RSS +${growthMiB} MiB, ${leftovers.length} temp file(s) left`,
      );
    }
  } finally {
    await server.stop();
  }
  out.tempFilesLeftAfterStop = (await server.leftovers()).length;
  return out;
}
