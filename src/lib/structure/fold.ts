/**
 * Character folding for matching only: every output character stands for exactly one
 * input character at the same UTF-16 offset, so a match found in the folded text is
 * reported at its place in the text as written.
 *
 * Full-width digits and Latin letters become ASCII; traditional characters become
 * simplified, so that the words the engine looks for (问题, 计划, 总结, 县, 区, 镇, 办…) and
 * the words around them match in a text written in traditional characters. The table maps
 * characters used only in traditional writing; a character that is also simplified
 * (后, 台, 干, 著) is left alone.
 */
const TRADITIONAL_SIMPLIFIED = `
  問问 題题 計计 劃划 總总 結结 顧顾 謀谋 績绩 關关 進进 標标 與与 處处 縣县 區区 鎮镇 鄉乡 辦办 黨党 協协 會会 員员 務务
  點点 規规 為为 將将 繼继 續续 貢贡 獻献 們们 個个 開开 頭头 達达 認认 識识 學学 習习 設设 強强 專专 項项 體体 實实 現现
  發发 應应 須须 還还 較较 夠够 盡尽 雖虽 儘尽 後后 來来 時时 間间 內内 組组 織织 導导 屬属 機机 構构 門门 層层 級级 書书
  記记 長长 費费 錄录 報报 壓压 責责 權权 幾几 變变 經经 濟济 聯联 絡络 廣广 際际 團团 隊队 統统 籌筹 調调 節节 約约 據据
  難难 補补 對对 態态 勢势 質质 數数 單单 純纯 從从 歲岁 條条 範范 審审 議议 訂订 紀纪 綱纲 幹干 監监 擔担 當当 遞递 運运
  轉转 舉举 歸归 參参 聽听 聞闻 屆届 檔档 檢检 幣币 錢钱 選选 擇择 論论 證证 況况 裏里 裡里 邊边 兒儿 彙汇 匯汇 訓训 階阶
  諸诸 終终 創创 奮奋 譜谱 寫写 臺台 颱台 細细 滯滞 驗验 資资 賬账 帳账 決决 評评 綜综 廳厅 嚴严 領领 堅坚 圍围 緊紧 揮挥
  勵励 鬥斗 戰战 勝胜 衛卫 優优 廠厂 農农 業业 產产 銷销 價价 稅税 財财 預预 購购 買买 賣卖 貨货 給给 綫线 線线 網网 訊讯
  號号 碼码 傳传 譯译 讀读 講讲 說说 話话 語语 詞词 請请 謝谢 讓让 許许 談谈 試试 該该 誤误 誰谁 諾诺 謂谓 護护 獲获 環环
  園园 圖图 國国 職职 崗岗 興兴 擁拥 擊击 憂忧 慮虑 懷怀 願愿 歡欢 樂乐 藝艺 術术 醫医 療疗 藥药 養养 餘余 飯饭 館馆 車车
  輛辆 軌轨 輕轻 載载 輔辅 輸输 轄辖 遠远 違违 適适 遺遗 遲迟 郵邮 鄰邻 銀银 鐵铁 錯错 鍵键 鏈链 閉闭 閱阅 闡阐 陣阵 陳陈
  陸陆 險险 隨随 隱隐 雙双 雜杂 離离 電电 靈灵 頁页 頂顶 順顺 頻频 額额 類类 顯显 風风 飛飞 飲饮 馬马 駐驻 驅驱 魚鱼 鳥鸟
  麥麦 齊齐 龍龙 並并 亂乱 亞亚 儀仪 億亿 備备 債债 傷伤 僅仅 兩两 冊册 淨净 凈净 準准 則则 剛刚 劑剂 劇剧 勞劳 動动 勸劝
  卻却 厲厉 嗎吗 噸吨 圓圆 執执 場场 塊块 壞坏 壇坛 夢梦 奪夺 婦妇 孫孙 寧宁 寬宽 寶宝 尋寻 島岛 師师 帶带 幫帮 庫库 廢废
  張张 彈弹 徑径 復复 徹彻 憲宪 懲惩 戶户 擴扩 損损 擠挤 攝摄 敘叙 斷断 於于 晉晋 曉晓 暢畅 曆历 歷历 東东 極极 槍枪 樣样
  橋桥 殘残 氣气 沒没 減减 測测 溫温 滿满 漢汉 潔洁 澤泽 濃浓 災灾 無无 煙烟 熱热 燈灯 爭争 爾尔 牆墙 獨独 獎奖 畫画 盤盘
  眾众 衆众 矯矫 礎础 確确 禮礼 禍祸 種种 稱称 穩稳 積积 競竞 筆笔 築筑 簡简 簽签 糧粮 紅红 納纳 紐纽 紙纸 絕绝 絲丝 綠绿
  維维 練练 緣缘 編编 緩缓 縮缩 聲声 肅肃 脅胁 腦脑 腳脚 舊旧 艱艰 莊庄 華华 萬万 葉叶 蓋盖 蘇苏 蟲虫 衝冲 裝装 製制 複复
  見见 視视 親亲 覺觉 覽览 觀观 訪访 訴诉 診诊 詳详 誠诚 課课 豐丰 負负 貧贫 販贩 貫贯 貸贷 貼贴 貿贸 賓宾 賠赔 贊赞 讚赞
  趕赶 跡迹 蹤踪 躍跃 軍军 輪轮 這这 連连 週周 過过 遷迁 釋释 針针 鋪铺 鍛锻 鎖锁 閒闲 閣阁 隸隶 雲云 靜静 響响 頒颁 顏颜
  飾饰 鬧闹 黃黄 齡龄 傑杰 啟启 啓启 佈布 佔占 偉伟 側侧 倉仓 償偿 兌兑 凱凯 勁劲 勻匀 厭厌 叢丛 喪丧 嘆叹 噴喷 嚮向 囑嘱
  墊垫 墾垦 壯壮 夥伙 奧奥 嬰婴 寢寝 嶺岭 巖岩 廈厦 廁厕 廟庙 彌弥 憑凭 憶忆 懇恳 懶懒 懸悬 戲戏 捨舍 掃扫 掛挂 採采 換换
  揚扬 搖摇 攜携 攤摊 敗败 敵敌 斂敛 暫暂 桿杆 棄弃 樓楼 樹树 橫横 櫃柜 歐欧 殺杀 漲涨 滅灭 漁渔 潛潜 灣湾 爐炉 牽牵 犧牺
  狀状 猶犹 獄狱 畢毕 疊叠 盜盗 盧卢 矚瞩 磚砖 礙碍 禦御 穀谷 窮穷 竊窃 篩筛 糾纠 紛纷 紮扎 緒绪 締缔 縱纵 繳缴 纖纤 罰罚
  罷罢 羅罗 聖圣 聰聪 膚肤 臨临 艙舱 藍蓝 虧亏 襲袭 覓觅 觸触 託托 訟讼 証证 詢询 詩诗 誕诞 誌志 誘诱 諮咨 謹谨 豈岂 貪贪
  貶贬 賀贺 賦赋 賢贤 賴赖 贈赠 贏赢 趨趋 踐践 輝辉 輩辈 辭辞 辯辩 邏逻 鄧邓 醜丑 釀酿 鑒鉴 鑑鉴 鐘钟 鍾钟 閃闪 闊阔 陰阴
  陽阳 霧雾 韌韧 頌颂 頓顿 頗颇 頸颈 顆颗 驚惊 騙骗 騰腾 鬆松 麗丽 齒齿 龐庞 遊游 徵征 麼么 隻只 係系 繫系 衹只 籤签 麵面
  蓮莲 檯台 綁绑 緻致 緝缉 緬缅 縫缝 繩绳 繪绘 纜缆 罈坛 譽誉 貞贞 賞赏 賽赛 蹟迹 軟软 輯辑 迴回 遜逊 醞酝 釘钉 鈴铃 鉛铅
  銅铜 鋼钢 錦锦 鍋锅 鏡镜 閑闲 闖闯 陝陕 陞升 韻韵 頤颐 頹颓 顛颠 饋馈 騎骑 驕骄 髒脏 鬱郁 鮮鲜 鳴鸣 黴霉 齣出 譴谴 擬拟
  擾扰 擺摆 攏拢 糰团 樁桩 樸朴 檻槛 殼壳 氾泛 沖冲 溝沟 滾滚 潤润 澀涩 瀕濒 灑洒 煉炼 熾炽 燭烛 爛烂 牘牍 猙狰 獅狮 琺珐
  甦苏 畝亩 癥症 皚皑 盞盏 睜睁 矇蒙 碩硕 礦矿 祕秘 禪禅 稈秆 稟禀 穎颖 窩窝 竄窜 筧笕 箏筝 簞箪 簾帘 籠笼 紋纹 紡纺 紹绍
  絃弦 綢绸 綵彩 緞缎 縷缕 繕缮 纏缠 缽钵 罵骂 羨羡 翹翘 聳耸 脹胀 膠胶 膩腻 臉脸 艦舰 蒞莅 蔣蒋 薦荐 薩萨 藉借 蘭兰 虛虚
  蝕蚀 蠟蜡 衊蔑 褲裤 襯衬 覈核 訃讣 訛讹 訝讶 詐诈 詠咏 詭诡 誇夸 誦诵 諒谅 諜谍 諧谐 謊谎 謠谣 譏讥 豎竖 貓猫 賄贿 賊贼
  賤贱 贍赡 趙赵 軸轴 輿舆 轎轿 辮辫 逕迳 鄒邹 醬酱 鈍钝 鉤钩 銳锐 鋒锋 錘锤 鍊炼 鎔熔 鑄铸 鑰钥 閥阀 閩闽 闆板 隕陨 雋隽
  雛雏 靄霭 鞏巩 韋韦 頑顽 頰颊 顎颚 餵喂 騷骚 驟骤 鬍胡 魯鲁 鯉鲤 鴻鸿 鵬鹏 鶴鹤 鹽盐 黷黩 齋斋 龜龟
`;

/**
 * The folded UTF-16 code unit of every code unit, 0 where it stays (every character of the table
 * above is one code unit): a text is folded at the cost of an array read per character.
 */
const FOLDED = new Uint16Array(0x10000);
for (const pair of TRADITIONAL_SIMPLIFIED.split(/\s+/u)) if (pair.length === 2) FOLDED[pair.charCodeAt(0)] = pair.charCodeAt(1);
// U+FF10..U+FF19 digits, U+FF21..U+FF3A and U+FF41..U+FF5A letters.
for (const [first, last] of [
  [0xff10, 0xff19],
  [0xff21, 0xff3a],
  [0xff41, 0xff5a],
] as const)
  for (let code = first; code <= last; code++) FOLDED[code] = code - 0xfee0;

export function fold(text: string): string {
  // Runs of characters that stay are copied whole: a string grown one character at a time
  // is a chain of millions of pieces on a long text, and collecting them costs more than folding.
  const pieces: string[] = [];
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = FOLDED[text.charCodeAt(i)]!;
    if (folded === 0) continue;
    pieces.push(text.slice(kept, i), String.fromCharCode(folded));
    kept = i + 1;
  }
  if (kept === 0) return text;
  pieces.push(text.slice(kept));
  return pieces.join('');
}
