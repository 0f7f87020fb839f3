import svgCaptcha from 'svg-captcha';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthSettings } from '../../config.js';
import { AppError } from '../../shared/errors.js';
import { Captcha } from './captcha.entity.js';
import { hashToken } from './tokens.js';

/** svg-captcha's module itself renders given text; its typings only declare `create`. */
const renderText = svgCaptcha as unknown as (text: string) => string;

const answerHash = (id: string, answer: string) =>
  hashToken(`${id}:${answer.trim().toLowerCase()}`);

export class CaptchaService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AuthSettings,
  ) {}

  async create(): Promise<{ id: string; image: string; expiresAt: Date }> {
    // Characters people confuse (0/o, 1/l/i) are left out.
    const made = svgCaptcha.create({ size: 5, noise: 2, ignoreChars: '0oO1lIi', color: false });
    const answer = this.settings.captchaFixedAnswer ?? made.text;
    const captcha = new Captcha();
    captcha.expiresAt = new Date(Date.now() + this.settings.captchaTtlSeconds * 1000);
    captcha.answerHash = answerHash(captcha.id, answer);
    await this.em.persistAndFlush(captcha);
    const svg = this.settings.captchaFixedAnswer ? renderText(answer) : made.data;
    return {
      id: captcha.id,
      image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
      expiresAt: captcha.expiresAt,
    };
  }

  /**
   * Uses the captcha up whatever the answer (one try per image), then checks the answer.
   * Runs outside the caller's transaction so that a wrong answer still spends it.
   */
  async verify(id: string, answer: string): Promise<void> {
    const uuid = /^[0-9a-f-]{36}$/i.test(id) ? id : null;
    if (!uuid) throw new AppError('CAPTCHA_INVALID');
    const rows = await this.em.getConnection().execute<{ answer_hash: string }[]>(
      `update captcha set used_at = now()
        where id = ? and used_at is null and expires_at > now()
        returning answer_hash`,
      [uuid],
    );
    const stored = rows[0]?.answer_hash;
    if (!stored || stored !== answerHash(uuid, answer)) throw new AppError('CAPTCHA_INVALID');
  }
}
