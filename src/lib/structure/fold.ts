/**
 * Character folding for matching only: every output character stands for exactly one
 * input character at the same UTF-16 offset, so a match found in the folded text is
 * reported at its place in the text as written.
 *
 * Full-width digits and Latin letters become ASCII; traditional characters that occur in
 * the words the engine looks for (问题, 计划, 县, 镇…) become simplified.
 */
const TRADITIONAL = '問題計劃劃總結顧謀績關進標與處縣區鎮鄉辦黨協會員務點規為將繼續貢獻們個開頭達認識學習設強專項體實現發應須還較夠盡雖儘後來時間內組織導屬機構門們層級書記長費錄報壓責權幾變經濟聯絡廣際團隊統籌調節約據難補對態勢質數單純從歲務條規範審議議題訂紀綱幹條監擔當遞運轉舉措劃歸參謀與聽聞屆檔檢查員幣錢當選擇論證況裏裡邊兒彙匯匯';
const SIMPLIFIED = '问题计划划总结顾谋绩关进标与处县区镇乡办党协会员务点规为将继续贡献们个开头达认识学习设强专项体实现发应须还较够尽虽尽后来时间内组织导属机构门们层级书记长费录报压责权几变经济联络广际团队统筹调节约据难补对态势质数单纯从岁务条规范审议议题订纪纲干条监担当递运转举措划归参谋与听闻届档检查员币钱当选择论证况里里边儿汇汇汇';

const MAP = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) MAP.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    // U+FF10..U+FF19 digits, U+FF21..U+FF3A and U+FF41..U+FF5A letters.
    if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0);
    else out += MAP.get(c) ?? c;
  }
  return out;
}
