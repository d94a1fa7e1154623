import { IMMUTABLE_FOLDERS } from '../lib/offline/caches.ts';
import { contentType, IMMUTABLE, MEDIA_TYPES, REVALIDATE, TEXT_EXTENSIONS } from './serving.ts';

/**
 * The release package's server configs, written from `serving.ts` for the path the build is
 * served under: media types for every extension a build writes, compression for text (Pagefind's
 * files come gzip-compressed already), cache headers (a year for content-named files, revalidate
 * for the rest) and the 404 page. Comments are in Chinese: IT staff read them.
 */

/** Where nginx.conf expects the site folder; DEPLOY.md says to change it. */
export const NGINX_SITE_DIR = '/srv/fanwenku/site';

const extensions = Object.keys(MEDIA_TYPES);
const textTypes = [...new Set(TEXT_EXTENSIONS.map((e) => MEDIA_TYPES[e]!))];
/** Content-named folders under the base, as one regular-expression alternative. */
const immutable = `(${IMMUTABLE_FOLDERS.join('|')})/`;

function header(version: string, base: string, where: string): string {
  return `范文库 ${version} · 访问路径 ${base} · ${where}`;
}

export function nginxConf(version: string, base: string): string {
  const types = extensions.map((e) => `            ${MEDIA_TYPES[e]} ${e};`).join('\n');
  const location = base === '/' ? `root ${NGINX_SITE_DIR};` : `alias ${NGINX_SITE_DIR}/;`;
  // nginx always adds a charset to text/html and always compresses it: listing it again is a warning.
  const notHtml = textTypes.filter((t) => t !== 'text/html');
  return `# ${header(version, base, 'nginx 1.18 及以上')}
# 放到 /etc/nginx/conf.d/fanwenku.conf（或在 nginx.conf 的 http { } 里 include 本文件），
# 把 ${NGINX_SITE_DIR} 改成 site 文件夹的实际位置，然后：nginx -t && nginx -s reload
# 已有 server { } 的：把 location 一段复制进那个 server，map 一段留在 http { } 里。

# 文件名带内容哈希的文件（_astro 和 Pagefind 的索引分块）永不变化，浏览器可缓存一年；其余每次向服务器确认。
map $uri $fanwenku_cache_control {
    "~^${base}${immutable}" "${IMMUTABLE}";
    default "${REVALIDATE}";
}

server {
    listen 80;
    server_name _;
    absolute_redirect off;
${
  base === '/'
    ? ''
    : `
    # 少写了末尾斜杠的网址转到站点首页。
    location = ${base.slice(0, -1)} {
        return 301 ${base};
    }
`
}
    location ${base} {
        ${location}
        index index.html;
        error_page 404 ${base}404.html;

        # 本站用到的全部文件类型；Pagefind 的 .pf_* 等文件没有这些类型时浏览器搜索不了。
        types {
${types}
        }
        default_type application/octet-stream;
        charset utf-8;
        charset_types ${notHtml.join(' ')};

        # 文本压缩传输；Pagefind 的文件已经压缩过，不再压缩。
        gzip on;
        gzip_vary on;
        gzip_types ${notHtml.join(' ')};

        add_header Cache-Control $fanwenku_cache_control;
        add_header X-Content-Type-Options nosniff;
    }
}
`;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function webConfig(version: string, base: string): string {
  const maps = extensions
    .map((e) => `      <remove fileExtension=".${e}" />\n      <mimeMap fileExtension=".${e}" mimeType="${xmlEscape(contentType(e)!)}" />`)
    .join('\n');
  const forever = IMMUTABLE_FOLDERS.map(
    (folder) => `  <location path="${folder}">
    <system.webServer>
      <staticContent>
        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />
      </staticContent>
    </system.webServer>
  </location>`,
  ).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<!--
  ${header(version, base, 'IIS 7.5 及以上')}
  本文件随 site 文件夹部署，与 index.html 同级；IIS 不对外提供 web.config。
  文本压缩需要安装“静态内容压缩”功能；.json、.svg 等类型的压缩在服务器级的 httpCompression 中设置（见 DEPLOY.md）。
-->
<configuration>
  <system.webServer>
    <staticContent>
      <!-- 本站用到的全部文件类型：IIS 不提供没有类型的文件（Pagefind 的 .pf_* 等），先 remove 再添加，避免与服务器已有的类型重复。 -->
${maps}
      <!-- 页面等每次向服务器确认；带哈希的文件见下面的 location。 -->
      <clientCache cacheControlMode="DisableCache" />
    </staticContent>
    <urlCompression doStaticCompression="true" doDynamicCompression="false" />
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" subStatusCode="-1" />
      <error statusCode="404" path="${base}404.html" responseMode="ExecuteURL" />
    </httpErrors>
  </system.webServer>
  <!-- 文件名带内容哈希的文件永不变化，浏览器可缓存一年。 -->
${forever}
</configuration>
`;
}

export function htaccess(version: string, base: string): string {
  const types = extensions.map((e) => `AddType ${MEDIA_TYPES[e]} .${e}`).join('\n');
  const text = textTypes.join(' ');
  return `# ${header(version, base, 'Apache 2.4')}
# 本文件随 site 文件夹部署，与 index.html 同级；需要该目录 AllowOverride FileInfo Indexes（或 All），
# 以及 mod_mime、mod_headers；有 mod_deflate / mod_brotli 时文本压缩传输。

DirectoryIndex index.html
ErrorDocument 404 ${base}404.html

# 本站用到的全部文件类型；Pagefind 的 .pf_* 等文件没有这些类型时浏览器搜索不了。
${types}
AddCharset utf-8 ${TEXT_EXTENSIONS.map((e) => `.${e}`).join(' ')}

# 文本压缩传输；Pagefind 的文件已经压缩过，不再压缩。
<IfModule mod_brotli.c>
    AddOutputFilterByType BROTLI_COMPRESS ${text}
</IfModule>
<IfModule mod_deflate.c>
    AddOutputFilterByType DEFLATE ${text}
</IfModule>

# 页面等每次向服务器确认；文件名带内容哈希的文件（_astro 和 Pagefind 的索引分块）永不变化，浏览器可缓存一年。
<IfModule mod_headers.c>
    Header set X-Content-Type-Options "nosniff"
    Header set Cache-Control "${REVALIDATE}"
    <If "%{REQUEST_URI} =~ m#^${base}${immutable}#">
        Header set Cache-Control "${IMMUTABLE}"
    </If>
</IfModule>
`;
}
