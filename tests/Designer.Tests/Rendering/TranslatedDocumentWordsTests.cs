using System.Text.RegularExpressions;
using Designer.Expressions.Runtime;
using Designer.Localization;
using Designer.Projects.Schema;
using Designer.Reporting.Rendering;
using Designer.Rules;
using DocumentFormat.OpenXml.Packaging;
using Xunit;

namespace Designer.Tests.Rendering;

/// <summary>
/// An English project rendered in Spanish and in Portuguese carries no English word Designer wrote: no English
/// label that the language translates, in any document or format (Markdown, HTML with its attributes, Word with
/// its footer), and diagrams, page numbers and the page language in the language. The designers' own text (the
/// project's values) and the rule pack's texts (citations stay English) may hold the same words, so a label found
/// in them proves nothing and is left out.
/// </summary>
public sealed partial class TranslatedDocumentWordsTests
{
    private const string Example = "huila-coffee";

    [GeneratedRegex(@"\{[a-z_]+\}")]
    private static partial Regex Hole();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    public static TheoryData<Language> Translations() => new(Language.Spanish, Language.Portuguese);

    [Theory]
    [MemberData(nameof(Translations))]
    public void No_English_label_is_left_in_any_document(Language language)
    {
        var outputs = Outputs(language);
        var ambiguous = OwnTexts();
        var translated = Labels.For(language);
        var english = Labels.English;
        var checkedWords = 0;
        var left = new List<string>();
        foreach (var key in Labels.BuiltInKeys(Language.English))
        {
            foreach (var phrase in Phrases(english, key).Except(Phrases(translated, key), StringComparer.Ordinal))
            {
                // Short words ("of", "page", "Meta") and words the designers or the rule pack use say nothing.
                if (phrase.Length < 5 || !phrase.Any(char.IsLetter) || Contains(ambiguous, phrase))
                {
                    continue;
                }
                checkedWords++;
                left.AddRange(outputs.Where(o => Contains(o.Text, phrase)).Select(o => $"{key}: “{phrase}” in {o.Name}"));
            }
        }
        Assert.True(checkedWords > 150, $"only {checkedWords} English phrases were distinctive enough to look for");
        Assert.True(left.Count == 0, $"English words left in the {language.Code()} documents:\n" + string.Join("\n", left.Distinct().Take(40)));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Diagrams_page_numbers_and_the_page_language_are_in_the_language(Language language)
    {
        var labels = Labels.For(language);
        var result = Render(language);
        var logframe = result.Files.Single(f => f.Key.EndsWith("-logframe.html", StringComparison.Ordinal)).Value;
        var svgText = Tag().Split(string.Concat(Regex.Matches(logframe, "<svg.*?</svg>", RegexOptions.Singleline).Select(m => m.Value)))
            .Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        foreach (var key in new[] { "diagram.activities", "diagram.outputs", "diagram.outcomes", "diagram.impact" })
        {
            Assert.Contains(labels.Text(key), svgText);
            Assert.DoesNotContain(Labels.English.Text(key), svgText);
        }
        Assert.Contains($"aria-label=\"{labels.Text("diagram.results-chain")}\"", logframe, StringComparison.Ordinal);
        Assert.StartsWith($"<!DOCTYPE html>\n<html lang=\"{language.Code()}\">", logframe, StringComparison.Ordinal);

        var combined = result.Files.Single(f => f.Key.EndsWith(".html", StringComparison.Ordinal)
            && !DocumentKinds.All.Any(d => f.Key.EndsWith($"-{d.Id}.html", StringComparison.Ordinal))).Value;
        // Spanish and Portuguese both write "página 3 de 12".
        var (before, after) = ("página ", " de ");
        Assert.Contains($"content: \"{before}\" counter(page) \"{after}\" counter(pages);", combined, StringComparison.Ordinal);

        var word = result.BinaryFiles.Single(f => f.Key.EndsWith("-logframe.docx", StringComparison.Ordinal)).Value;
        Assert.Contains(labels.Text("diagram.note"), DocxText.Paragraphs(word));
        Assert.Equal($"{before}1{after}1", Footer(word));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void The_governance_legend_and_roles_are_in_the_language(Language language)
    {
        var report = Check(language);
        var diagrams = Diagrams.Build(report.Project!, Labels.For(language));
        var svg = (string)((Scriban.Runtime.ScriptObject)diagrams["governance"]!)["svg"]!;
        var words = Tag().Split(svg).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        var expected = language == Language.Spanish
            ? new[] { "Público", "Privado", "Conocimiento", "Sociedad civil", "Internacional" }
            : ["Público", "Privado", "Conhecimento", "Sociedade civil", "Internacional"];
        Assert.Equal(expected, words.TakeLast(5));
        Assert.Contains(language == Language.Spanish ? "dirección estratégica" : "direção estratégica", words);
        Assert.DoesNotContain("steering", words);
    }

    [Fact]
    public void Every_code_the_schema_allows_has_words_in_every_language()
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        Codes(ProjectSchema.Root, "", codes, []);
        Assert.True(codes.Count > 80, $"only {codes.Count} codes found in the schema");
        var missing = Languages.All
            .SelectMany(l => codes.Where(c => !Labels.BuiltInKeys(l).Contains("code." + c)).Select(c => $"{Labels.FileName(l)}: code.{c}"))
            .ToList();
        Assert.True(missing.Count == 0, "codes without words:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData(Language.English, "control-group", "control group")]
    [InlineData(Language.Spanish, "control-group", "grupo de control")]
    [InlineData(Language.Portuguese, "rest-of-sector", "restante do setor")]
    [InlineData(Language.Spanish, "steering", "dirección estratégica")]
    [InlineData(Language.Portuguese, "yearly", "anual")]
    [InlineData(Language.Spanish, "cada dos meses", "cada dos meses")]
    [InlineData(Language.Spanish, "two-thirds vote", "two thirds vote")]
    [InlineData(Language.Portuguese, "grant\\_rules", "grant rules")]
    public void Words_turns_a_code_into_the_language_and_leaves_free_text_as_written(Language language, string code, string expected) =>
        Assert.Equal(expected, TemplateHelpers.Words(code, Labels.For(language)));

    /// <summary>
    /// Every value of every enumerated field, but the project's language (a code, never printed) and the horizon
    /// (printed by <c>horizon_name</c>, whose labels are <c>horizon.*</c>).
    /// </summary>
    private static void Codes(SchemaType type, string field, SortedSet<string> codes, HashSet<SchemaType> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }
        switch (type)
        {
            case ScalarType { Enum: { } values } when field is not ("language" or "horizon"):
                codes.UnionWith(values);
                break;
            case ObjectType o:
                foreach (var f in o.Fields)
                {
                    Codes(f.Type, f.Key, codes, seen);
                }
                break;
            case ListType l:
                Codes(l.Item, field, codes, seen);
                break;
            case DictionaryType d:
                Codes(d.Value, field, codes, seen);
                break;
            case ChoiceType c:
                foreach (var a in c.Alternatives)
                {
                    Codes(a, field, codes, seen);
                }
                break;
        }
    }

    /// <summary>A label's fixed words: the text (each plural form) around its holes, trimmed of spaces and punctuation.</summary>
    private static IEnumerable<string> Phrases(Labels labels, string key)
    {
        var forms = Labels.IsPlural(Language.English, key) ? new[] { labels.Plural(key, 1), labels.Plural(key, 2) } : [labels.Text(key)];
        return forms
            .SelectMany(f => Hole().Split(f))
            .Select(p => p.Trim(' ', ',', '.', ';', ':', '(', ')', '"', '“', '”', '\\', '*', '—', '1', '2'))
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal);
    }

    private static bool Contains(string text, string phrase) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(phrase)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Every file of the render as text: Markdown and HTML as written, Word as the text of its body and footer.</summary>
    private static List<(string Name, string Text)> Outputs(Language language)
    {
        var result = Render(language);
        var files = result.Files.Select(f => (f.Key, f.Key.EndsWith(".html", StringComparison.Ordinal) ? HtmlWords(f.Value) : f.Value)).ToList();
        foreach (var (name, bytes) in result.BinaryFiles)
        {
            using var doc = DocxText.Open(bytes);
            var parts = new OpenXmlPart[] { doc.MainDocumentPart! }.Concat(doc.MainDocumentPart!.FooterParts);
            files.Add((name, string.Join("\n", parts.Select(p => string.Join(" ", p.RootElement!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text))))));
        }
        Assert.True(files.Count >= 17, $"{files.Count} files rendered");
        return files;
    }

    /// <summary>
    /// What a reader of a page sees or hears: its text and the labels of its pictures; not the names of its
    /// classes and ids (<c>nav.contents</c>, <c>doc-review</c>) nor its style sheet, whose page numbers the test
    /// of the diagrams checks.
    /// </summary>
    private static string HtmlWords(string html)
    {
        var labels = Regex.Matches(html, "(?:aria-label|title|alt)=\"([^\"]*)\"").Select(m => m.Groups[1].Value);
        var text = Tag().Replace(Regex.Replace(html, "<style>.*?</style>", " ", RegexOptions.Singleline), " ");
        return string.Join("\n", labels.Prepend(text));
    }

    private static string Footer(byte[] docx)
    {
        using var doc = DocxText.Open(docx);
        return string.Concat(doc.MainDocumentPart!.FooterParts.Single().RootElement!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
    }

    /// <summary>The designers' own text (every string value of the project) and the rule pack's files, in one text.</summary>
    private static string OwnTexts()
    {
        var values = new List<string>();
        void Walk(Value v)
        {
            switch (v.Kind)
            {
                case ValueKind.String:
                    values.Add(v.AsString);
                    break;
                case ValueKind.Map:
                    foreach (var e in v.AsMap.Entries)
                    {
                        Walk(e.Value);
                    }
                    break;
                case ValueKind.List:
                    foreach (var item in v.AsList.Items)
                    {
                        Walk(item);
                    }
                    break;
            }
        }
        Walk(Value.Map(Check(Language.English).Project!.Root));
        var rules = Directory.GetFiles(TestPaths.InRepo("rules"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText);
        return string.Join("\n", values.Concat(rules));
    }

    private static FileReport Check(Language language) =>
        new Linter([RulePackLoader.BuiltIn]) { Language = language }.CheckFile(TestPaths.InRepo("examples", Example + ".yaml"), $"examples/{Example}.yaml");

    private static RenderResult Render(Language language)
    {
        var report = Check(language);
        var result = DocumentRenderer.Render(report.Project!, report.Findings, new RenderOptions { ToolVersion = "test", Docx = true, Language = language }, report.Evaluability);
        Assert.True(result.Ok, string.Join("\n", result.Diagnostics));
        return result;
    }
}
