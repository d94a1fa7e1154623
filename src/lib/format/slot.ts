/** A slot: what a template asks a reader to fill in, and how it reads (`【数量】`). */

/** What a slot asks for, as its label reads. */
export const SLOT_TYPES = ['单位', '年份', '月份', '日期', '数量', '金额', '比例', '名次', '序号', '地名', '姓名', '名称'] as const;
export type SlotType = (typeof SLOT_TYPES)[number];

/** How a slot reads in a template: `【数量】`. */
export const slotLabel = (type: SlotType): string => `【${type}】`;
