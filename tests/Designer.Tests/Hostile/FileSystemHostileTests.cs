using Designer.Files;
using Xunit;

namespace Designer.Tests.Hostile;

/// <summary>
/// Links, FIFOs, devices and odd output targets (issue items 2, 3, 7, 10, 11 and `--out ''`). The links and FIFOs
/// are made by the test; these tests need Linux (CI runs on Linux), and each says so by name of the call it makes.
/// </summary>
public sealed class FileSystemHostileTests
{
    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_folder_with_a_link_loop_and_a_self_link_is_checked_once_per_real_file()
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "projects/a.yaml", Hostile.Example);
        Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "projects", "loop"), Path.Combine(dir.FullName, "projects"));
        Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "projects", "up"), dir.FullName);
        File.CreateSymbolicLink(Path.Combine(dir.FullName, "projects", "b-same.yaml"), Path.Combine(dir.FullName, "projects", "a.yaml"));

        var r = Hostile.Run(dir.FullName, "check", "projects", "--format", "json");

        Hostile.AssertClean(r, 0);
        using var json = System.Text.Json.JsonDocument.Parse(r.Out);
        var files = json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Equal(["projects/a.yaml"], files);
    }

    [Fact]
    public void The_folder_walker_stops_at_a_link_cycle_between_two_folders()
    {
        using var dir = new TempFolder("designer-hostile-");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "x"));
        Directory.CreateDirectory(Path.Combine(dir.FullName, "y"));
        Write(dir.FullName, "x/p.yaml", "a: 1");
        Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "x", "to-y"), Path.Combine(dir.FullName, "y"));
        Directory.CreateSymbolicLink(Path.Combine(dir.FullName, "y", "to-x"), Path.Combine(dir.FullName, "x"));

        var (files, truncated) = FolderWalker.Walk(dir.FullName);

        Assert.False(truncated);
        Assert.Equal([Path.Combine(dir.FullName, "x", "p.yaml")], files);
    }

    [Fact]
    public void The_folder_walker_reports_a_tree_past_its_folder_limit()
    {
        using var dir = new TempFolder("designer-hostile-");
        foreach (var name in new[] { "a", "b", "c" })
        {
            Write(dir.FullName, name + "/p.yaml", "a: 1");
        }

        var (_, truncated) = FolderWalker.Walk(dir.FullName, maxFolders: 3);
        var (files, whole) = FolderWalker.Walk(dir.FullName, maxFolders: 4);

        Assert.True(truncated);
        Assert.False(whole);
        Assert.Equal(3, files.Count);
    }

    public static TheoryData<string> Readers => new() { "project", "rule pack", "template", "config", "eval --in", "eval --data" };

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_fifo_is_refused_by_every_reader_without_being_opened(string reader)
    {
        using var dir = new TempFolder("designer-hostile-");
        var project = Write(dir.FullName, "p/project.yaml", Hostile.Example);
        var fifo = Path.Combine(dir.FullName, reader == "template" ? "t/review.sbn" : reader == "config" ? "p/designer.yaml" : "pipe.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
        Hostile.MakeFifo(fifo);

        var r = reader switch
        {
            "project" => Hostile.Run(dir.FullName, "check", "pipe.yaml"),
            "rule pack" => Hostile.Run(dir.FullName, "check", "p/project.yaml", "--rules", "pipe.yaml"),
            "template" => Hostile.Run(dir.FullName, "render", "p/project.yaml", "--out", "out", "--only", "review", "--templates", "t"),
            "config" => Hostile.Run(dir.FullName, "check", "p/project.yaml"),
            "eval --in" => Hostile.Run(dir.FullName, "eval", "size(indicators)", "--in", "pipe.yaml"),
            _ => Hostile.Run(dir.FullName, "eval", "size(indicators)", "--data", "pipe.yaml"),
        };

        Hostile.AssertClean(r, 2, "is a FIFO (named pipe), not a regular file");
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "out")));
        Assert.True(File.Exists(project));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void An_endless_device_is_refused_as_project_and_as_rule_pack(string device)
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);

        Hostile.AssertClean(Hostile.Run(dir.FullName, "check", device), 2, $"{device} is a character device, not a regular file");
        Hostile.AssertClean(Hostile.Run(dir.FullName, "check", "project.yaml", "--rules", device), 2, "is a character device, not a regular file");
        Hostile.AssertClean(Hostile.Run(dir.FullName, "eval", "1", "--in", device), 2, "is a character device, not a regular file");
    }

    [Fact]
    public void A_file_that_passes_the_cap_while_it_is_read_is_refused()
    {
        using var dir = new TempFolder("designer-hostile-");
        var path = Write(dir.FullName, "big.yaml", new string('#', 5000));
        var bag = new Designer.Diagnostics.DiagnosticBag();

        Assert.False(SafeFileReader.TryReadText(path, "big.yaml", 4096, bag, out var text));

        Assert.Null(text);
        Assert.Equal("big.yaml:1:1: error DSG109: file too large: 5,000 bytes (the limit is 4,096)", Assert.Single(bag.ToOrderedList()).ToString());
    }

    [Fact]
    public void A_template_linked_to_a_file_outside_its_folder_is_refused_and_its_content_never_shown()
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);
        var secret = Write(dir.FullName, "secret/passwd", "root:x:0:0:SECRET-LINE");
        Directory.CreateDirectory(Path.Combine(dir.FullName, "t"));
        File.CreateSymbolicLink(Path.Combine(dir.FullName, "t", "review.sbn"), secret);

        var r = Hostile.Run(dir.FullName, "render", "project.yaml", "--out", "out", "--only", "review", "--templates", "t");

        Hostile.AssertClean(r, 2, "DSG401", "leads outside the template folder");
        Assert.DoesNotContain("SECRET-LINE", r.Out + r.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(dir.FullName, "out")));
    }

    [Fact]
    public void An_include_linked_to_etc_passwd_is_refused()
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);
        Write(dir.FullName, "t/review.sbn", "# Review\n{{ include 'header' }}\n");
        File.CreateSymbolicLink(Path.Combine(dir.FullName, "t", "header.sbn"), "/etc/passwd");

        var r = Hostile.Run(dir.FullName, "render", "project.yaml", "--out", "out", "--only", "review", "--templates", "t");

        Hostile.AssertClean(r, 2, "t/review.sbn:2:", "leads outside the template folder");
        Assert.DoesNotContain("root:", r.Out + r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_linked_inside_its_own_folder_is_read()
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);
        var real = Write(dir.FullName, "t/real-review.sbn", "# Review of {{ project.id }}\n");
        File.CreateSymbolicLink(Path.Combine(dir.FullName, "t", "review.sbn"), real);

        var r = Hostile.Run(dir.FullName, "render", "project.yaml", "--out", "out", "--only", "review", "--templates", "t", "--format", "md");

        Hostile.AssertClean(r, 0);
        Assert.Equal("# Review of BR-T1234\n", File.ReadAllText(Path.Combine(dir.FullName, "out", "BR-T1234-review.md")));
    }

    [Fact]
    public void Init_with_force_refuses_to_replace_a_device()
    {
        using var dir = new TempFolder("designer-hostile-");

        var r = Hostile.Run(dir.FullName, "init", "/dev/null", "--force");

        Hostile.AssertClean(r, 2, "refusing to replace /dev/null: it is a character device, not a regular file; give the path of a file");
        Assert.Equal(FileKind.CharacterDevice, FileProbe.Probe("/dev/null").Kind);
    }

    [Fact]
    public void Render_refuses_to_replace_a_fifo_in_the_output_folder_and_writes_nothing()
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);
        Directory.CreateDirectory(Path.Combine(dir.FullName, "out"));
        Hostile.MakeFifo(Path.Combine(dir.FullName, "out", "BR-T1234-review.md"));

        var r = Hostile.Run(dir.FullName, "render", "project.yaml", "--out", "out", "--format", "md");

        Hostile.AssertClean(r, 2, "refusing to replace BR-T1234-review.md: it is a FIFO (named pipe), not a regular file");
        Assert.Equal(["BR-T1234-review.md"], Directory.GetFileSystemEntries(Path.Combine(dir.FullName, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void Stale_temporaries_of_a_killed_render_are_removed_and_a_running_ones_kept()
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);
        // PIDs on Linux stay below 2^22; this one cannot be running. PID 1 always is.
        var stale = Write(dir.FullName, "out/.BR-T1234-review.md.designer-tmp-999999999", "half a docu");
        var live = Write(dir.FullName, "out/.BR-T1234-logframe.md.designer-tmp-1", "being written");
        var legacy = Write(dir.FullName, "out/BR-T1234-me-plan.md.tmp-999999999", "left by an earlier version");
        var foreign = Write(dir.FullName, "out/notes.tmp-999999999", "the user's own file");

        var r = Hostile.Run(dir.FullName, "render", "project.yaml", "--out", "out", "--format", "md");

        Hostile.AssertClean(r, 0);
        Assert.False(File.Exists(stale));
        Assert.False(File.Exists(legacy));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(dir.FullName, "out")), f => f.Contains("designer-tmp-" + Environment.ProcessId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Render_with_an_empty_out_is_refused_and_writes_nothing(string outDir)
    {
        using var dir = new TempFolder("designer-hostile-");
        Write(dir.FullName, "project.yaml", Hostile.Example);

        var r = Hostile.Run(dir.FullName, "render", "project.yaml", "--out", outDir);

        Hostile.AssertClean(r, 2, "--out is empty");
        Assert.Equal(["project.yaml"], Directory.GetFileSystemEntries(dir.FullName).Select(Path.GetFileName));
    }
}
