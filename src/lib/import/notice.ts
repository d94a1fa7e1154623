/**
 * The disclaimer that 范文 sites put before each sample, e.g.
 * `本文系邮箱投稿，仅供学习参考，请勿照搬照抄！`. It is kept as the sample's source note.
 */
const NOTICE = /^[\s\u3000]*本文系.{0,20}?仅供学习参考.{0,20}$/u;

export function isNotice(line: string): boolean {
  return NOTICE.test(line) && line.trim().length <= 60;
}
