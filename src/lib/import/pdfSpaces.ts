/**
 * PDF extraction puts a space where a run of Latin letters or digits meets Chinese text:
 * `2024 年`, `X 县政府办公室`, `办文 XX 件`. The text keeps them, as written; metadata reads the
 * text without them, so that `2024 年，` is the year spoken of and `X 县` names a county.
 */
const PDF_SPACE =
  /(?<=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ×*＊%％])[ \u00a0]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \u00a0]+(?=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ×*＊])/gu;

/** The text without the spaces PDF extraction puts between Latin letters or digits and Chinese. */
export const withoutPdfSpaces = (text: string): string => text.replace(PDF_SPACE, '');
