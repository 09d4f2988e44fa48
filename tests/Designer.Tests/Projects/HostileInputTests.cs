using System.Text;
using Designer.Diagnostics;
using Designer.Projects;
using Designer.Projects.Yaml;
using Xunit;

namespace Designer.Tests.Projects;

/// <summary>Hostile files end in a diagnostic within a bounded time: no exception, no hang, no stack overflow.</summary>
public sealed class HostileInputTests
{
    // Bounded by the node and depth limits, which each test sees in the diagnostic; never by measuring time.
    private static LoadResult LoadQuickly(string text, YamlLimits? limits = null) =>
        ProjectLoader.Load("hostile.yaml", text, limits);

    [Fact]
    public void Billion_laughs_stops_at_the_node_limit()
    {
        var sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
        {
            sb.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }
        var result = LoadQuickly(sb.ToString());
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, d.Code);
        Assert.Contains("aliases", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_levels_of_nesting_stop_at_the_depth_limit()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        var d = Assert.Single(LoadQuickly(text).Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, d.Code);
        Assert.Equal("1:65: error DSG109: the document is nested more than 64 levels deep (limit)", CorpusTests.Format(d));
    }

    [Fact]
    public void Deep_block_mappings_stop_at_the_depth_limit()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            sb.Append(' ', i).Append("k:\n");
        }
        var d = Assert.Single(LoadQuickly(sb.ToString()).Diagnostics);
        Assert.Equal(DiagnosticCodes.LimitExceeded, d.Code);
    }

    [Fact]
    public void A_fifty_megabyte_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"designer-big-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var f = File.Create(path))
            {
                f.SetLength(50L * 1024 * 1024);
            }
            var result = ProjectLoader.LoadFile(path);
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.LimitExceeded, d.Code);
            Assert.StartsWith("file too large: 52,428,800 bytes", d.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Binary_garbage_is_a_diagnostic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"designer-bin-{Guid.NewGuid():N}.yaml");
        try
        {
            var bytes = new byte[4096];
            new Random(7).NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            var result = ProjectLoader.LoadFile(path);
            Assert.NotEmpty(result.Diagnostics);
            Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Non_utf8_bytes_are_reported_with_their_offset()
    {
        var path = Path.Combine(Path.GetTempPath(), $"designer-latin1-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, Encoding.Latin1.GetBytes("designer: 1\nproject:\n  title: Poço Verde\n"));
            var d = Assert.Single(ProjectLoader.LoadFile(path).Diagnostics);
            Assert.Equal("the file is not valid UTF-8 (byte 32 is not part of a UTF-8 character)", d.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_a_diagnostic()
    {
        var d = Assert.Single(ProjectLoader.LoadFile("no/such/project.yaml").Diagnostics);
        Assert.Equal(DiagnosticCodes.File, d.Code);
        Assert.Equal("file not found: no/such/project.yaml", d.Message);
    }
}
