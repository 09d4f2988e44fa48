namespace Designer.Tests.Properties;

/// <summary>
/// How long the fuzz loops run: a few seconds in the normal suite; a longer run with
/// <c>DESIGNER_FUZZ_SCALE=100 DESIGNER_FUZZ_SEED=$RANDOM dotnet test --filter "FullyQualifiedName~Properties"</c>
/// (docs/limits.md). A failure found that way becomes a case in Cases/Corpus.
/// </summary>
internal static class FuzzScale
{
    public static int Factor =>
        int.TryParse(Environment.GetEnvironmentVariable("DESIGNER_FUZZ_SCALE"), out var f) && f > 0 ? f : 1;

    public static int Seed(int fixedSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("DESIGNER_FUZZ_SEED"), out var s) ? s : fixedSeed;
}
