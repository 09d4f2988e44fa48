using Designer.Localization;
using Designer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Designer.Projects.Yaml;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s. The common file (one document of mappings, lists and
/// scalars) is read straight from the scanner's tokens (<see cref="YamlTokenReader"/>), which makes no parser events;
/// anything else, and every file with an error or at a limit, is read from YamlDotNet's event parser, with an explicit stack
/// (no recursion, so deep nesting cannot overflow the stack), a depth limit, and a node budget that counts what
/// aliases expand to (so a "billion laughs" file stops at once instead of filling memory).
/// </summary>
public static class YamlReader
{
    public static YamlNode? Read(string file, string text, DiagnosticBag diagnostics, YamlLimits? limits = null) =>
        Read(new TextLocator(file, text), diagnostics, limits);

    /// <summary>Reads the locator's text; a caller that has built the line table for its own spans shares it.</summary>
    public static YamlNode? Read(TextLocator locator, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(locator);
        limits ??= YamlLimits.Default;
        return YamlTokenReader.TryRead(locator, limits, out var root) ? root : ReadEvents(locator, diagnostics, limits);
    }

    /// <summary>The reference reader: YamlDotNet's events, every construct, every error and limit reported.</summary>
    internal static YamlNode? ReadEvents(TextLocator locator, DiagnosticBag diagnostics, YamlLimits limits)
    {
        var text = locator.Text;
        Dictionary<string, YamlNode>? anchors = null;
        // A collection's span is made once, when it ends; until then its start offset waits here.
        var stack = new Stack<(YamlNode Node, YamlScalar? PendingKey, int Start)>();
        YamlNode? root = null;
        long total = 0;
        var documents = 0;

        SourceSpan SpanOf(Mark start, Mark end) => locator.Span((int)start.Index, (int)end.Index);

        var parser = new Parser(new StringReader(text));
        var lastGood = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                lastGood = (int)Math.Min(ev.End.Index, text.Length);
                switch (ev)
                {
                    case DocumentStart ds when !ds.IsImplicit || documents > 0:
                        documents++;
                        if (documents > 1)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlSyntax, LocalText.Of("yaml.second-document"), SpanOf(ev.Start, ev.End), LocalText.Of("yaml.second-document.hint"));
                            return root;
                        }
                        continue;
                    case DocumentStart:
                        documents++;
                        continue;
                    case StreamStart or StreamEnd or DocumentEnd or Comment:
                        continue;
                }

                YamlNode? completed = null;
                switch (ev)
                {
                    case Scalar s:
                        var plain = s.Style == ScalarStyle.Plain;
                        completed = new YamlScalar(SpanOf(s.Start, s.End), s.Value, plain && !s.Value.Contains('\n'), s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted);
                        Remember(s.Anchor, completed);
                        break;
                    case MappingStart ms:
                        if (stack.Count >= limits.MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.LimitExceeded, LocalText.Of("yaml.too-deep", ("limit", limits.MaxDepth)), SpanOf(ms.Start, ms.End), LocalText.Of("yaml.too-deep.hint"));
                            return null;
                        }
                        var mapping = new YamlMapping(Unfinished);
                        Remember(ms.Anchor, mapping);
                        stack.Push((mapping, null, (int)ms.Start.Index));
                        continue;
                    case SequenceStart ss:
                        if (stack.Count >= limits.MaxDepth)
                        {
                            diagnostics.Error(DiagnosticCodes.LimitExceeded, LocalText.Of("yaml.too-deep", ("limit", limits.MaxDepth)), SpanOf(ss.Start, ss.End), LocalText.Of("yaml.too-deep.hint"));
                            return null;
                        }
                        var sequence = new YamlSequence(Unfinished);
                        Remember(ss.Anchor, sequence);
                        stack.Push((sequence, null, (int)ss.Start.Index));
                        continue;
                    case MappingEnd or SequenceEnd:
                        (completed, _, var startIndex) = stack.Pop();
                        completed.Span = CollectionSpan(locator, startIndex, ev.End.Index);
                        break;
                    case AnchorAlias alias:
                        if (anchors is null || !anchors.TryGetValue(alias.Value.Value, out completed))
                        {
                            diagnostics.Error(DiagnosticCodes.YamlSyntax, LocalText.Of("yaml.unknown-alias", ("alias", alias.Value.Value)), SpanOf(alias.Start, alias.End), LocalText.Of("yaml.unknown-alias.hint"));
                            return null;
                        }
                        break;
                }

                if (completed is null)
                {
                    continue;
                }
                total += ev is AnchorAlias ? completed.Weight : 1;
                if (total > limits.MaxNodes)
                {
                    diagnostics.Error(DiagnosticCodes.LimitExceeded, LocalText.Of("yaml.too-many-nodes", ("limit", limits.MaxNodes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))), SpanOf(ev.Start, ev.End), LocalText.Of("yaml.too-many-nodes.hint"));
                    return null;
                }

                if (stack.Count == 0)
                {
                    root = completed;
                    continue;
                }
                var (parent, pendingKey, parentStart) = stack.Pop();
                parent.AddWeight(completed.Weight);
                switch (parent)
                {
                    case YamlSequence seq:
                        seq.Items.Add(completed);
                        stack.Push((seq, null, parentStart));
                        break;
                    case YamlMapping map when pendingKey is null:
                        if (completed is not YamlScalar key)
                        {
                            diagnostics.Error(DiagnosticCodes.YamlSyntax, LocalText.Of("yaml.complex-key"), completed.Span, LocalText.Of("yaml.complex-key.hint"));
                            key = new YamlScalar(completed.Span, "", false, false);
                        }
                        stack.Push((map, key, parentStart));
                        break;
                    case YamlMapping map:
                        map.Entries.Add((pendingKey, completed));
                        stack.Push((map, null, parentStart));
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            // "While scanning X, found Y": Start marks X and End marks Y, the actual problem.
            var mark = ex.End.Index > ex.Start.Index ? ex.End : ex.Start;
            var start = (int)Math.Min(mark.Index, text.Length);
            if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(text) is { } tab)
            {
                // YamlDotNet marks the enclosing mapping; the user needs the tab itself.
                start = tab;
            }
            var at = locator.Span(start, start);
            if (ColonInText.Explain(locator.LineText(at.Line)) is { } colon)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, colon.Message, at, colon.Hint);
                return null;
            }
            // The message is the YAML library's own (English); the hint is Designer's, in the catalog.
            var hint = YamlHint(ex.Message);
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCodes.YamlSyntax, CleanMessage(ex.Message), at, hint.In(Language.English)) { HintText = hint });
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // The YAML reader gave up without a YAML error of its own: report where it stopped making sense.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, LocalText.Of("yaml.unreadable"), locator.Span(lastGood, lastGood), LocalText.Of("yaml.unreadable.hint"));
            return null;
        }

        return root;

        void Remember(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty)
            {
                anchors ??= new Dictionary<string, YamlNode>(StringComparer.Ordinal);
                anchors[anchor.Value] = node;
            }
        }
    }

    /// <summary>
    /// A collection's span from its start to the mark of its end: a block collection ends where the next token
    /// starts, and trailing blank lines are not part of it; a flow collection's end marks its closing bracket, which
    /// the span includes.
    /// </summary>
    internal static SourceSpan CollectionSpan(TextLocator locator, int startIndex, long endMark)
    {
        var text = locator.Text;
        var endIndex = (int)Math.Min(endMark, text.Length);
        var opener = startIndex < text.Length ? text[startIndex] : ' ';
        if ((opener == '{' || opener == '[') && endIndex < text.Length && text[endIndex] == (opener == '{' ? '}' : ']'))
        {
            endIndex++;
        }
        while (endIndex > startIndex && char.IsWhiteSpace(text[endIndex - 1]))
        {
            endIndex--;
        }
        return locator.Span(startIndex, Math.Max(startIndex, endIndex));
    }

    /// <summary>The span of a collection that has not ended yet; only this reader sees it.</summary>
    private static readonly SourceSpan Unfinished = SourceSpan.StartOf("");

    private static int? FirstIndentingTab(string text)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var i = lineStart;
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                if (text[i] == '\t')
                {
                    return i;
                }
                i++;
            }
            var next = text.IndexOf('\n', lineStart);
            if (next < 0)
            {
                break;
            }
            lineStart = next + 1;
        }
        return null;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic already shows.
        var text = message;
        var close = text.IndexOf("): ", StringComparison.Ordinal);
        if (text.StartsWith("(Line:", StringComparison.Ordinal) && close > 0)
        {
            text = text[(close + 3)..];
        }
        text = text.Trim().TrimEnd('.');
        return "YAML syntax error: " + (text.Length > 0 ? char.ToLowerInvariant(text[0]) + text[1..] : "invalid YAML");
    }

    private static LocalText YamlHint(string message)
    {
        if (message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return LocalText.Of("yaml.tab.hint");
        }
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return LocalText.Of("yaml.mapping-values.hint");
        }
        return LocalText.Of("yaml.syntax.hint");
    }
}
