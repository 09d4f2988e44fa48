using Designer.Diagnostics;
using Designer.Files;
using Designer.Localization;
using Xunit;

namespace Designer.Tests.Localization;

/// <summary>A file that cannot be read is reported in the language asked for, its sizes grouped as that language groups them.</summary>
public sealed class FileDiagnosticsInLanguageTests
{
    [Fact]
    public void A_missing_file_reads_in_each_language()
    {
        using var dir = new TempFolder("designer-files");
        var missing = Read(Path.Combine(dir.FullName, "nowhere.yaml"), "nowhere.yaml", SafeFileReader.DefaultMaxBytes);
        Assert.Equal(("file not found: nowhere.yaml", "Check the path; it is taken relative to the current folder."), (missing.Message, missing.Hint));
        Assert.Equal("no se encontró el archivo: nowhere.yaml", missing.In(Language.Spanish).Message);
        Assert.Equal("arquivo não encontrado: nowhere.yaml", missing.In(Language.Portuguese).Message);
    }

    [Fact]
    public void A_file_too_large_groups_its_sizes_in_each_language()
    {
        using var dir = new TempFolder("designer-files");
        var path = Path.Combine(dir.FullName, "big.yaml");
        File.WriteAllText(path, new string('x', 12_345));
        var large = Read(path, "big.yaml", 10_000);
        Assert.Equal("file too large: 12,345 bytes (the limit is 10,000)", large.Message);
        Assert.Equal("archivo demasiado grande: 12.345 bytes (el límite es 10.000)", large.In(Language.Spanish).Message);
        Assert.Equal("arquivo grande demais: 12.345 bytes (o limite é 10.000)", large.In(Language.Portuguese).Message);
    }

    [Fact]
    public void A_file_with_NUL_bytes_reads_in_each_language()
    {
        using var dir = new TempFolder("designer-files");
        var path = Path.Combine(dir.FullName, "binary.yaml");
        File.WriteAllBytes(path, [0x61, 0x00, 0x62]);
        var nul = Read(path, "binary.yaml", SafeFileReader.DefaultMaxBytes);
        Assert.Equal("the file contains NUL bytes: it is not a text file", nul.Message);
        Assert.Equal(("el archivo contiene bytes NUL: no es un archivo de texto", "Indique un archivo de texto UTF-8."), (nul.In(Language.Spanish).Message, nul.In(Language.Spanish).Hint));
        Assert.Equal("o arquivo contém bytes NUL: não é um arquivo de texto", nul.In(Language.Portuguese).Message);
    }

    private static Diagnostic Read(string path, string display, long maxBytes)
    {
        var bag = new DiagnosticBag();
        Assert.False(SafeFileReader.TryReadText(path, display, maxBytes, bag, out _));
        return bag.ToOrderedList().Single();
    }
}
