using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import.Corpus;

/// <summary>Every public roadmap in ../shared/corpus is read as its hand-written expectation says.</summary>
public sealed class CorpusImportTests
{
    // Files the importer does not read right yet, with what is missing; each entry goes when its file passes.
    private static readonly Dictionary<string, string> KnownUnmet = new(StringComparer.Ordinal)
    {
    };

    public static TheoryData<string> Files => new(CorpusExpectation.Names);

    [Theory]
    [MemberData(nameof(Files))]
    public void CorpusFile_MeetsItsExpectation(string name)
    {
        CorpusFiles.RequireOrSkip();
        var expected = CorpusExpectation.Load(name);
        var markdown = File.ReadAllText(CorpusFiles.PathOf(name));

        var differences = CorpusCheck.Differences(expected, markdown, RoadmapImporter.Import(File.ReadAllBytes(CorpusFiles.PathOf(name))));

        if (KnownUnmet.TryGetValue(name, out var missing))
        {
            if (differences.Count == 0) Assert.Fail($"{name} now meets its expectation: remove it from KnownUnmet.");
            Assert.Skip($"Known unmet ({missing}): {string.Join("; ", differences)}");
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void EveryCorpusFile_HasAnExpectation()
    {
        CorpusFiles.RequireOrSkip();
        var files = Directory.GetFiles(CorpusFiles.Folder!, "*.md").Select(Path.GetFileNameWithoutExtension).Where(f => f != "README");

        Assert.Equal(files.Order(StringComparer.Ordinal), CorpusExpectation.Names);
    }
}
