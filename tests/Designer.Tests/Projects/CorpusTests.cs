using System.Security.Cryptography;
using System.Text;
using Designer.Diagnostics;
using Designer.Projects;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>
/// The corpus of broken project files under Cases/Corpus: each file's diagnostics must be exactly those of its
/// `.expected` file (line:col: severity CODE: message), and loading must never throw or change the file.
/// </summary>
public sealed class CorpusTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Cases", "Corpus");

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Cases", "Corpus"), "*.yaml")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { f! });

    internal static string Format(Diagnostic d) => $"{d.Span.Line}:{d.Span.Column}: {d.Severity.ToName()} {d.Code}: {d.Message}";

    [Theory]
    [MemberData(nameof(Files))]
    public void Corpus_file_gives_exactly_the_expected_diagnostics(string file)
    {
        var path = Path.Combine(Folder, file);
        var before = SHA256.HashData(File.ReadAllBytes(path));
        var result = ProjectLoader.LoadFile(path);
        var expectedPath = Path.ChangeExtension(path, ".expected");
        var expected = File.Exists(expectedPath) ? File.ReadAllLines(expectedPath).Where(l => l.Length > 0).ToArray() : [];
        Assert.Equal(expected, result.Diagnostics.Select(Format).ToArray());
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
        Assert.Equal(!expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)), result.Project is not null && !result.HasErrors);
    }

    [Fact]
    public void Bom_and_crlf_load_with_the_same_positions_as_lf()
    {
        var crlf = ProjectLoader.LoadFile(Path.Combine(Folder, "crlf-bom.yaml"));
        var lf = ProjectLoader.LoadFile(Path.Combine(Folder, "001-valid.yaml"));
        Assert.Empty(crlf.Diagnostics);
        Assert.Equal(lf.Project!.Computed.Select(c => (c.Path, c.Span.Line, c.Span.Column)), crlf.Project!.Computed.Select(c => (c.Path, c.Span.Line, c.Span.Column)));
    }
}
