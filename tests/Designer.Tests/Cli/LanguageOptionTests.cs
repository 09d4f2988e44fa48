using System.Text.Json.Nodes;
using Designer.Tests.Rules;
using Xunit;

namespace Designer.Tests.Cli;

public sealed class LanguageOptionTests
{
    private const string Project = """
        designer: 1
        project:
          id: X-1
          title: Three sectors
          language: es
          country: Peru
          executing_agency: x
          start: 2027-01
          duration_months: 36
          budget: { currency: USD, mif: 100, counterpart: 100 }
        territory: { name: T, kind: economic-region }
        actors: [{ id: x, name: X, sector: public }]
        components: [{ id: C1, title: One, kind: other, budget: 200 }]
        sectors:
          - { id: a, name: A }
          - { id: b, name: B }
          - { id: c, name: C }
        """;

    [Theory]
    [InlineData("check")]
    [InlineData("render")]
    public void An_unknown_language_is_bad_input(string verb)
    {
        var args = verb == "check" ? new[] { "check", "examples/huila-coffee.yaml", "--lang", "fr" } : ["render", "examples/huila-coffee.yaml", "--out", "unused", "--lang", "fr"];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--lang `fr` is not a language Designer writes; use en, es or pt", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_in_spanish_keeps_rule_ids_positions_and_scores_and_changes_only_the_words()
    {
        using var dir = new TempFolder("designer-lang");
        File.WriteAllText(Path.Combine(dir.FullName, "tiny.yaml"), RulePackTranslationTests.Pack);
        File.WriteAllText(Path.Combine(dir.FullName, "tiny.es.yaml"), RulePackTranslationTests.Spanish);
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Project);
        var english = Json(CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--no-builtin", "--rules", "tiny.yaml", "--format", "json", "--lang", "en"));
        var spanish = Json(CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--no-builtin", "--rules", "tiny.yaml", "--format", "json", "--lang", "es"));
        var byDefault = Json(CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--no-builtin", "--rules", "tiny.yaml", "--format", "json"));
        var e = english["files"]![0]!;
        var s = spanish["files"]![0]!;
        Assert.Equal(Words(e).ToJsonString(), Words(s).ToJsonString());
        Assert.Equal(e["evaluability"]!.ToJsonString(), s["evaluability"]!.ToJsonString());
        var t001 = s["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "T001")!;
        Assert.Equal("El proyecto nombra 3 sectores, demasiados.", (string?)t001["message"]);
        Assert.Equal("Como máximo un sector", (string?)t001["title"]);
        Assert.Equal("Focus on one sector.", (string?)t001["lesson"]);
        Assert.NotEqual((string?)e["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "T001")!["message"], (string?)t001["message"]);
        // Without --lang, the file's own project.language (es) decides the findings.
        Assert.Equal(s["findings"]!.ToJsonString(), byDefault["files"]![0]!["findings"]!.ToJsonString());
    }

    [Fact]
    public void Check_of_the_examples_in_spanish_and_portuguese_keeps_every_id_position_and_number()
    {
        var english = Words(Json(CliRunner.Run("check", "examples", "--format", "json", "--lang", "en"))).ToJsonString();
        Assert.Equal(english, Words(Json(CliRunner.Run("check", "examples", "--format", "json", "--lang", "es"))).ToJsonString());
        Assert.Equal(english, Words(Json(CliRunner.Run("check", "examples", "--format", "json", "--lang", "pt"))).ToJsonString());
    }

    [Fact]
    public void A_loader_diagnostic_follows_lang_in_every_format()
    {
        using var dir = new TempFolder("designer-lang");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), "designer: 1\nproject:\n  id: X-1\n  titel: x\n");
        var text = CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--lang", "pt");
        Assert.Equal(2, text.ExitCode);
        Assert.Contains("p.yaml:4:3: error DSG102: chave desconhecida `titel` em `project`; quis dizer `title`?", text.Out + text.Err, StringComparison.Ordinal);
        var json = CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--lang", "es", "--format", "json");
        Assert.Contains("clave desconocida `titel` en `project`", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_message_follows_the_project_language_and_lang_with_the_same_position()
    {
        using var dir = new TempFolder("designer-lang");
        File.WriteAllText(Path.Combine(dir.FullName, "p.yaml"), Project.Replace("mif: 100", "mif: 1.080.000", StringComparison.Ordinal));
        var spanish = CliRunner.RunIn(dir.FullName, "check", "p.yaml");
        var portuguese = CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--lang", "pt");
        var english = CliRunner.RunIn(dir.FullName, "check", "p.yaml", "--lang", "en");
        Assert.Equal((2, 2, 2), (spanish.ExitCode, portuguese.ExitCode, english.ExitCode));
        Assert.Contains("p.yaml:10:33: error DSG107: `project.budget.mif` está escrito `1.080.000` con separadores de miles; escriba 1080000 o 1_080_000 (sin separadores de miles)", spanish.Out + spanish.Err, StringComparison.Ordinal);
        Assert.Contains("p.yaml:10:33: error DSG107: `project.budget.mif` está escrito `1.080.000` com separadores de milhar; escreva 1080000 ou 1_080_000 (sem separadores de milhar)", portuguese.Out + portuguese.Err, StringComparison.Ordinal);
        Assert.Contains("p.yaml:10:33: error DSG107: `project.budget.mif` is written `1.080.000` with thousands separators; write 1080000 or 1_080_000 (no thousands separators)", english.Out + english.Err, StringComparison.Ordinal);
    }

    private static JsonNode Json(CliRunner.Result result) => JsonNode.Parse(result.Out)!;

    /// <summary>The report without its words: every title, message, lesson and help removed.</summary>
    private static JsonNode Words(JsonNode report)
    {
        var copy = JsonNode.Parse(report.ToJsonString())!;
        foreach (var finding in copy.AsObject().ContainsKey("files") ? copy["files"]!.AsArray().SelectMany(f => f!["findings"]!.AsArray()) : copy["findings"]!.AsArray())
        {
            foreach (var key in new[] { "title", "message", "lesson", "help" })
            {
                finding!.AsObject().Remove(key);
            }
        }
        foreach (var file in copy.AsObject().ContainsKey("files") ? copy["files"]!.AsArray() : [])
        {
            foreach (var d in file!["diagnostics"]!.AsArray())
            {
                d!.AsObject().Remove("message");
                d.AsObject().Remove("hint");
            }
        }
        return copy;
    }

    [Fact]
    public void A_rule_pack_load_error_follows_lang()
    {
        using var dir = new TempFolder("designer-lang-pack");
        File.WriteAllText(Path.Combine(dir.FullName, "bad.yaml"),
            "pack: bad\ntitle: Bad\nrules:\n  - id: B001\n    title: T\n    area: budget\n    severity: serious\n    lesson: L\n    cite: C\n    message: M\n    assert: size(sectors) > 0\n");
        var english = CliRunner.RunIn(dir.FullName, "check", "unused.yaml", "--rules", "bad.yaml");
        var spanish = CliRunner.RunIn(dir.FullName, "check", "unused.yaml", "--rules", "bad.yaml", "--lang", "es");
        Assert.Equal((2, 2), (english.ExitCode, spanish.ExitCode));
        Assert.Contains("bad.yaml:7:15: error DSG301: `serious` is not a severity", english.Err, StringComparison.Ordinal);
        Assert.Contains("bad.yaml:7:15: error DSG301: `serious` no es una severidad", spanish.Err, StringComparison.Ordinal);
        Assert.Contains("help: Use error, warning o info.", spanish.Err, StringComparison.Ordinal);
    }
}
