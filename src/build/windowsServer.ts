import { IMMUTABLE_FOLDERS } from '../lib/offline/caches.ts';
import { contentType, IMMUTABLE, MEDIA_TYPES, REVALIDATE } from './serving.ts';

/**
 * The package's server for a Windows machine with nothing installed (a USB stick): Windows
 * PowerShell 5.1, which every Windows 10 and 11 has, serving the `site` folder beside it with
 * .NET's HttpListener on http://localhost (a port above 1024 needs no administrator), as the
 * Node server does. `start-windows.cmd` runs it on a double-click.
 *
 * Written with a byte-order mark and CRLF line ends: Windows PowerShell reads a script without a
 * BOM in the local code page and would garble the Chinese messages.
 */
export function serveScript(version: string, base: string): string {
  const types = Object.keys(MEDIA_TYPES)
    .map((e) => `  '.${e}' = '${contentType(e)}'`)
    .join('\n');
  const script = `# 范文库 ${version} · 访问路径 ${base} · 本机服务器（Windows PowerShell 5.1 及以上，无需安装软件）
# 双击 start-windows.cmd 运行；或：powershell -ExecutionPolicy Bypass -File serve.ps1 -Port 8080
param([int]$Port = 8080)
$ErrorActionPreference = 'Stop'
$Base = '${base}'
$Root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot 'site')) + [System.IO.Path]::DirectorySeparatorChar
$Types = @{
${types}
}
$Immutable = '^(${IMMUTABLE_FOLDERS.join('|')})/'

$listener = $null
for ($p = $Port; $p -lt $Port + 20; $p++) {
  $candidate = New-Object System.Net.HttpListener
  $candidate.Prefixes.Add("http://localhost:$p/")
  try { $candidate.Start(); $listener = $candidate; break } catch { $candidate.Close() }
}
if ($null -eq $listener) {
  Write-Host "端口 $Port 到 $($Port + 19) 都被占用，无法启动。"
  exit 1
}
$url = "http://localhost:$p$Base"
Write-Host "范文库已启动：$url"
Write-Host '在浏览器中打开上面的网址；关闭此窗口即停止。'
Start-Process $url

while ($listener.IsListening) {
  $context = $listener.GetContext()
  $request = $context.Request
  $response = $context.Response
  try {
    $path = [System.Uri]::UnescapeDataString($request.Url.AbsolutePath)
    if (($path + '/') -eq $Base) { $response.Redirect($Base); continue }
    $file = $null
    $rel = '404.html'
    if ($path.StartsWith($Base)) {
      $candidate = [System.IO.Path]::GetFullPath((Join-Path $Root $path.Substring($Base.Length)))
      if ($candidate.StartsWith($Root, [System.StringComparison]::OrdinalIgnoreCase) -or ($candidate + [System.IO.Path]::DirectorySeparatorChar) -eq $Root) {
        if (Test-Path -LiteralPath $candidate -PathType Container) {
          if (-not $path.EndsWith('/')) { $response.Redirect($path + '/'); continue }
          $candidate = Join-Path $candidate 'index.html'
        }
        if (Test-Path -LiteralPath $candidate -PathType Leaf) { $file = $candidate; $rel = $path.Substring($Base.Length) }
      }
    }
    $response.StatusCode = 200
    if ($null -eq $file) { $response.StatusCode = 404; $file = Join-Path $Root '404.html' }
    $type = $Types[[System.IO.Path]::GetExtension($file).ToLowerInvariant()]
    if ($null -eq $type) { $type = 'application/octet-stream' }
    $response.ContentType = $type
    if ($rel -match $Immutable) { $response.Headers['Cache-Control'] = '${IMMUTABLE}' } else { $response.Headers['Cache-Control'] = '${REVALIDATE}' }
    $response.Headers['X-Content-Type-Options'] = 'nosniff'
    $bytes = [System.IO.File]::ReadAllBytes($file)
    $response.ContentLength64 = $bytes.Length
    if ($request.HttpMethod -ne 'HEAD') { $response.OutputStream.Write($bytes, 0, $bytes.Length) }
  } catch {
    $response.StatusCode = 500
  } finally {
    $response.Close()
  }
}
`;
  return `\uFEFF${script.replace(/\n/g, '\r\n')}`;
}

/** A double-click starter for serve.ps1: ASCII only (cmd reads it in the local code page), CRLF line ends. */
export function startScript(): string {
  return [
    '@echo off',
    'rem Fanwenku: serve the site folder on this computer with Windows PowerShell (nothing to install).',
    'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0serve.ps1" %*',
    'if errorlevel 1 pause',
    '',
  ].join('\r\n');
}
