using System.Text.Json;

namespace RoadmapBot.Core.Tests.Import.Corpus;

/// <summary>What a careful reader counts in one corpus file; each count is exact, a [min, max] range or {"oneOf": [..]}.</summary>
internal sealed record CorpusExpectation(
    string Name,
    IReadOnlyList<IReadOnlyDictionary<string, CountRule>> Readings,
    IReadOnlyList<string> Reference,
    IReadOnlyList<string> NotItems)
{
    public static readonly string[] Counts = ["phases", "items", "topItems", "dated", "done", "doing"];

    public static string Folder => Path.Combine(RepoFiles.Root, "tests", "RoadmapBot.Core.Tests", "Import", "Corpus");

    public static IEnumerable<string> Names =>
        Directory.GetFiles(Folder, "*.expect.json").Select(f => Path.GetFileName(f)[..^".expect.json".Length]).Order(StringComparer.Ordinal);

    public static CorpusExpectation Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".expect.json")));
        var root = json.RootElement;
        var common = RulesOf(root);
        var readings = root.TryGetProperty("readings", out var list)
            ? list.EnumerateArray().Select(r => (IReadOnlyDictionary<string, CountRule>)common.Concat(RulesOf(r)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)).ToList()
            : [common];
        return new CorpusExpectation(name, readings, Strings(root, "reference"), Strings(root, "notItems"));
    }

    private static Dictionary<string, CountRule> RulesOf(JsonElement element) =>
        Counts.Where(c => element.TryGetProperty(c, out _)).ToDictionary(c => c, c => CountRule.Of(element.GetProperty(c)));

    private static List<string> Strings(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
}

/// <summary>The accepted values of one count.</summary>
internal sealed record CountRule(int Min, int Max, IReadOnlyList<int>? OneOf)
{
    public bool Accepts(int value) => OneOf?.Contains(value) ?? value >= Min && value <= Max;

    public override string ToString() => OneOf is not null ? "one of " + string.Join(" or ", OneOf) : Min == Max ? $"{Min}" : $"{Min}..{Max}";

    public static CountRule Of(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => new(e.GetInt32(), e.GetInt32(), null),
        JsonValueKind.Array => new(e[0].GetInt32(), e[1].GetInt32(), null),
        _ => new(0, 0, e.GetProperty("oneOf").EnumerateArray().Select(v => v.GetInt32()).ToList()),
    };
}
