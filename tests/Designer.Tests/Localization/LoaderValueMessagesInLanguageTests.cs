using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects;
using Xunit;

namespace Designer.Tests.Localization;

/// <summary>
/// The loader's messages about values — wrong types, ranges, numbers as people write them, expressions, text with
/// a colon — word the same diagnostic (code, severity, position) in English, Spanish and Portuguese.
/// </summary>
public sealed class LoaderValueMessagesInLanguageTests
{
    private static Diagnostic Only(string text, string code) =>
        ProjectLoader.Load("p.yaml", text).Diagnostics.Single(d => d.Code == code);

    private static void AssertSamePlace(Diagnostic english, params Diagnostic[] others)
    {
        foreach (var other in others)
        {
            Assert.Equal((english.Code, english.Severity, english.Span), (other.Code, other.Severity, other.Span));
        }
    }

    [Fact]
    public void A_wrong_type_names_what_was_expected_and_found_in_each_language()
    {
        var english = Only("designer: 1\nproject:\n  id: X-1\n  duration_months: [1, 2]\n", DiagnosticCodes.WrongType);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);

        Assert.Equal("`project.duration_months` should be a whole number, found a list", english.Message);
        Assert.Equal("Write a whole number.", english.Hint);
        Assert.Equal("`project.duration_months` debe ser un número entero; se encontró una lista", spanish.Message);
        Assert.Equal("Escriba un número entero.", spanish.Hint);
        Assert.Equal("`project.duration_months` deve ser um número inteiro; foi encontrado uma lista", portuguese.Message);
        Assert.Equal("Escreva um número inteiro.", portuguese.Hint);
        Assert.Equal((4, 20), (english.Span.Line, english.Span.Column));
        AssertSamePlace(english, spanish, portuguese);
    }

    [Fact]
    public void A_month_out_of_range_reads_in_each_language_with_the_same_limits()
    {
        var english = Only("designer: 1\nproject:\n  id: X-1\n  duration_months: 0\n", DiagnosticCodes.BadValue);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);

        Assert.Equal("`project.duration_months` must be between 1 and 600, found 0", english.Message);
        Assert.Equal("`project.duration_months` debe estar entre 1 y 600; se encontró 0", spanish.Message);
        Assert.Equal("Cuente los meses desde el inicio del proyecto (mes 1); un plan dura como máximo 600 meses.", spanish.Hint);
        Assert.Equal("`project.duration_months` deve estar entre 1 e 600; foi encontrado 0", portuguese.Message);
        Assert.Equal("Conte os meses a partir do início do projeto (mês 1); um plano dura no máximo 600 meses.", portuguese.Hint);
        Assert.Equal((4, 20), (english.Span.Line, english.Span.Column));
        AssertSamePlace(english, spanish, portuguese);
    }

    [Fact]
    public void Thousands_separators_name_the_number_meant_in_each_language()
    {
        var english = Only("designer: 1\nproject:\n  id: X-1\n  budget:\n    mif: 1.080.000\n", DiagnosticCodes.BadValue);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);

        Assert.Equal("`project.budget.mif` is written `1.080.000` with thousands separators; write 1080000 or 1_080_000 (no thousands separators)", english.Message);
        Assert.Equal("`project.budget.mif` está escrito `1.080.000` con separadores de miles; escriba 1080000 o 1_080_000 (sin separadores de miles)", spanish.Message);
        Assert.Equal("Designer lee los números sin separadores; `_` puede agrupar dígitos.", spanish.Hint);
        Assert.Equal("`project.budget.mif` está escrito `1.080.000` com separadores de milhar; escreva 1080000 ou 1_080_000 (sem separadores de milhar)", portuguese.Message);
        Assert.Equal("O Designer lê os números sem separadores; `_` pode agrupar dígitos.", portuguese.Hint);
        Assert.Equal((5, 10), (english.Span.Line, english.Span.Column));
        AssertSamePlace(english, spanish, portuguese);
    }

    [Fact]
    public void An_unknown_name_in_an_expression_suggests_the_name_meant_in_each_language()
    {
        var english = Only("designer: 1\nproject:\n  id: X-1\nderived:\n  share: = projec.id\n", DiagnosticCodes.ExpressionUnknownName);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);

        Assert.Equal("expression in `derived.share` names `projec`, which is not a field, a section or a derived value; did you mean `project`?", english.Message);
        Assert.Equal("la expresión de `derived.share` nombra `projec`, que no es un campo, una sección ni un valor derivado; ¿quiso decir `project`?", spanish.Message);
        Assert.Equal("a expressão de `derived.share` cita `projec`, que não é um campo, uma seção nem um valor derivado; quis dizer `project`?", portuguese.Message);
        Assert.Equal((5, 12), (english.Span.Line, english.Span.Column));
        AssertSamePlace(english, spanish, portuguese);
    }

    [Fact]
    public void Text_with_a_colon_gives_the_quoted_fix_in_each_language()
    {
        var english = Only("designer: 1\nproject:\n  title: Outcome 1: firms cooperate\n", DiagnosticCodes.YamlSyntax);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);

        Assert.Equal("YAML syntax error: the text of `title` contains `: `, which YAML reads as the start of another key; put text that contains ': ' in quotes", english.Message);
        Assert.Equal("error de sintaxis YAML: el texto de `title` contiene `: `, que YAML lee como el comienzo de otra clave; ponga entre comillas todo texto que contenga ': '", spanish.Message);
        Assert.Equal("Escriba `title: 'Outcome 1: firms cooperate'`.", spanish.Hint);
        Assert.Equal("erro de sintaxe YAML: o texto de `title` contém `: `, que o YAML lê como o início de outra chave; coloque entre aspas todo texto que contenha ': '", portuguese.Message);
        Assert.Equal("Escreva `title: 'Outcome 1: firms cooperate'`.", portuguese.Hint);
        Assert.Equal(3, english.Span.Line);
        AssertSamePlace(english, spanish, portuguese);
    }

    [Fact]
    public void A_yaml_library_error_keeps_its_own_words_and_gives_the_hint_in_each_language()
    {
        var english = Only("designer: 1\nproject:\n\tid: X-1\n", DiagnosticCodes.YamlSyntax);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);

        Assert.Equal("YAML does not allow tabs for indentation; indent with spaces.", english.Hint);
        Assert.Equal("YAML no admite tabulaciones para la sangría; use espacios.", spanish.Hint);
        Assert.Equal("O YAML não admite tabulações na indentação; use espaços.", portuguese.Hint);
        Assert.Equal(english.Message, spanish.Message);
        Assert.Equal(english.Message, portuguese.Message);
        Assert.Equal(3, english.Span.Line);
        AssertSamePlace(english, spanish, portuguese);
    }
}
