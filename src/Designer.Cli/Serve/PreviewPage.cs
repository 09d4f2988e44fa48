using System.Net;
using System.Text;
using Designer.Localization;
using Designer.Reporting.Rendering;

namespace Designer.Cli.Serve;

/// <summary>
/// The one page of <c>designer serve</c>: findings and score on the left, the documents in tabs on the right (each an
/// iframe holding exactly what <c>render</c> writes), and a script that follows the server's events. Nothing external.
/// Its own words are in the state's language, from the label dictionary (<c>serve.*</c>, <c>doc.*</c>).
/// </summary>
internal static class PreviewPage
{
    public static string Html(string title, PreviewState state)
    {
        var l = Labels.For(state.Language);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(state.Language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(Text(l.Text("serve.page-title", ("file", title)))).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        sb.Append("<div id=\"banner\" role=\"alert\"").Append(state.Banner is null ? " hidden>" : ">").Append(state.Banner ?? "").Append("</div>\n");
        sb.Append("<main>\n<aside id=\"panel\">").Append(state.Panel).Append("</aside>\n<section id=\"documents\">\n<nav id=\"tabs\">");
        var first = true;
        foreach (var (id, _) in DocumentKinds.All)
        {
            sb.Append("<button type=\"button\" data-doc=\"").Append(id).Append('"').Append(first ? " class=\"active\"" : "").Append('>').Append(Text(l.Text("doc." + id))).Append("</button>");
            first = false;
        }
        sb.Append("</nav>\n<iframe id=\"doc\" title=\"").Append(Text(l.Text("serve.document-frame"))).Append("\" src=\"doc/").Append(DocumentKinds.All[0].Id).Append("?v=").Append(state.Version).Append("\"></iframe>\n</section>\n</main>\n");
        sb.Append("<script src=\"app.js\" data-version=\"").Append(state.Version).Append("\" data-documents=\"").Append(state.DocumentsVersion).Append("\"></script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>Text for HTML, quotes included (for attributes too); letters outside ASCII stay as written.</summary>
    public static string Text(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    public const string Css = """
        * { box-sizing: border-box; }
        html, body { height: 100%; margin: 0; }
        body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1d232a; display: flex; flex-direction: column; }
        #banner { background: #fde8e7; border-bottom: 2px solid #b42318; color: #7a1610; padding: 6px 12px; }
        #banner ul { margin: 4px 0; font-family: "DejaVu Sans Mono", monospace; }
        main { flex: 1; display: flex; min-height: 0; }
        #panel { width: 32%; min-width: 260px; overflow: auto; padding: 8px 12px; border-right: 1px solid #c9d1da; }
        #panel h2 { color: #2f6db5; margin: 4px 0; }
        .findings { padding-left: 1.4em; }
        .finding { margin: 0 0 8px; }
        .finding .sev { font-weight: bold; }
        .finding.error .sev { color: #b42318; }
        .finding.warning .sev { color: #9a6700; }
        .finding .line { color: #5a6470; }
        .finding .help { color: #5a6470; font-size: 9pt; }
        .dimensions .lost { color: #9a6700; }
        #documents { flex: 1; display: flex; flex-direction: column; min-width: 0; }
        #tabs { border-bottom: 1px solid #c9d1da; }
        #tabs button { font: inherit; border: 0; background: none; padding: 6px 10px; cursor: pointer; }
        #tabs button.active { border-bottom: 3px solid #2f6db5; font-weight: bold; }
        #doc { flex: 1; border: 0; width: 100%; }
        """;

    // Follows the server-sent events; on a new version fetches the state, swaps the panel and banner, and reloads the
    // document frame, putting both scroll positions back. Reconnects by itself (EventSource) if the server restarts.
    public const string Script = """
        (function () {
          var script = document.currentScript;
          var version = parseInt(script.getAttribute('data-version'), 10);
          var frame = document.getElementById('doc');
          var panel = document.getElementById('panel');
          var banner = document.getElementById('banner');
          var current = 'board-brief';
          var pendingScroll = null;
          frame.addEventListener('load', function () {
            if (pendingScroll !== null) {
              frame.contentWindow.scrollTo(pendingScroll[0], pendingScroll[1]);
              pendingScroll = null;
            }
          });
          function show(doc, keepScroll) {
            var w = frame.contentWindow;
            pendingScroll = keepScroll && w ? [w.scrollX, w.scrollY] : null;
            frame.src = 'doc/' + doc + '?v=' + version;
          }
          Array.prototype.forEach.call(document.querySelectorAll('#tabs button'), function (b) {
            b.addEventListener('click', function () {
              Array.prototype.forEach.call(document.querySelectorAll('#tabs button'), function (x) { x.classList.remove('active'); });
              b.classList.add('active');
              current = b.getAttribute('data-doc');
              show(current, false);
            });
          });
          function update() {
            fetch('state', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
              if (s.version === version) { return; }
              if (s.lang !== document.documentElement.lang) { location.reload(); return; }
              var documentsChanged = s.documents !== documentsVersion;
              version = s.version;
              documentsVersion = s.documents;
              var top = panel.scrollTop;
              panel.innerHTML = s.panel;
              panel.scrollTop = top;
              if (s.banner === null) { banner.hidden = true; banner.innerHTML = ''; }
              else { banner.innerHTML = s.banner; banner.hidden = false; }
              if (documentsChanged) { show(current, true); }
              document.body.setAttribute('data-version', String(version));
            });
          }
          var documentsVersion = parseInt(script.getAttribute('data-documents'), 10);
          var events = new EventSource('events');
          events.onmessage = function (e) {
            if (parseInt(e.data, 10) !== version) { update(); }
          };
        })();
        """;
}
