using Designer.Diagnostics;
using Designer.Localization;
using Designer.Projects;
using Xunit;

namespace Designer.Tests.Localization;

public sealed class LoaderDiagnosticsInLanguageTests
{
    private const string Broken = "designer: 1\nproject:\n  id: X-1\n  titel: Something\n";

    [Fact]
    public void An_unknown_key_reads_in_each_language_with_the_same_code_and_position()
    {
        var english = ProjectLoader.Load("p.yaml", Broken).Diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownKey);
        var spanish = english.In(Language.Spanish);
        var portuguese = english.In(Language.Portuguese);
        Assert.Equal("unknown key `titel` in `project`; did you mean `title`?", english.Message);
        Assert.Equal("clave desconocida `titel` en `project`; ¿quiso decir `title`?", spanish.Message);
        Assert.Equal("chave desconhecida `titel` em `project`; quis dizer `title`?", portuguese.Message);
        Assert.StartsWith("Claves admitidas aquí: id, title", spanish.Hint, StringComparison.Ordinal);
        Assert.Equal((english.Code, english.Span, english.Severity), (spanish.Code, spanish.Span, spanish.Severity));
        Assert.Equal((english.Code, english.Span, english.Severity), (portuguese.Code, portuguese.Span, portuguese.Severity));
    }

    [Fact]
    public void A_missing_key_and_an_unknown_reference_name_the_kind_in_the_language()
    {
        var diagnostics = ProjectLoader.Load("p.yaml", "designer: 1\nproject:\n  id: X-1\n  executing_agency: nobody\n").Diagnostics;
        var missing = diagnostics.First(d => d.Code == DiagnosticCodes.MissingKey).In(Language.Spanish);
        Assert.StartsWith("falta la clave obligatoria `", missing.Message, StringComparison.Ordinal);
        var reference = diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.UnknownReference);
        if (reference is not null)
        {
            Assert.Equal("ator desconhecido: `nobody`", reference.In(Language.Portuguese).Message);
        }
    }

    [Fact]
    public void A_duplicate_id_names_the_kind_of_element_in_the_language()
    {
        const string text = "designer: 1\nactors:\n  - { id: a, name: A, sector: private }\n  - { id: a, name: B, sector: private }\n";
        var duplicate = ProjectLoader.Load("p.yaml", text).Diagnostics.Single(d => d.Code == DiagnosticCodes.DuplicateId);
        Assert.Equal("duplicate actor id `a` (first defined at line 3)", duplicate.Message);
        Assert.Equal("id de actor `a` duplicado (definido por primera vez en la línea 3)", duplicate.In(Language.Spanish).Message);
        Assert.Equal("id de ator `a` duplicado (definido pela primeira vez na linha 3)", duplicate.In(Language.Portuguese).Message);
    }

    [Fact]
    public void A_yaml_error_reads_in_the_language_and_a_message_without_a_key_stays_as_it_is()
    {
        var second = ProjectLoader.Load("p.yaml", "designer: 1\n---\ndesigner: 1\n").Diagnostics.First();
        Assert.Equal("un archivo de proyecto contiene un solo documento YAML; se encontró un segundo", second.In(Language.Spanish).Message);
        var plain = new Diagnostic(Severity.Error, "DSG101", "from a library", SourceSpan.StartOf("p.yaml"));
        Assert.Same(plain, plain.In(Language.Portuguese));
    }
}
