namespace Designer.Tests;

/// <summary>A temporary folder that is deleted, with everything in it, when the test ends.</summary>
internal sealed class TempFolder(string prefix) : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory(prefix);

    public string FullName => _dir.FullName;

    public void Dispose()
    {
        try
        {
            _dir.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A browser or tool may still hold a file for a moment; the folder is in the temp area.
        }
    }
}
