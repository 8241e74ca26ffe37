using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

/// <summary>No document crashes or hangs the importer: random Markdown, and every seed cut at random points.</summary>
public sealed class ImporterFuzzTests
{
    private static readonly string[] Fragments =
    [
        "# ", "## Phase 1 (Weeks 1-2)\n", "### Week 3\n", "#### Task 7: x\n", "- [ ] ", "- [x] ", "  - ", "\t- ", "1. ", "**", "*", "`",
        "```\n", "| a | b |\n", "|---|---|\n", "<br>", "\\\n", "**Priority:** 🔴 HIGH\n", "**Hours:** 200+\n", "09:00–10:30: ", "✅ ",
        "🔁 Rescheduled to Wed, 15 Oct 2025 09:00–10:30: ", "## Wed, 1 Oct 2025\n", "(Dec 2025 – Feb 2026)", "<!--", "-->", "---\n", "\n",
        "text ", "[link](http://x)", "Busy: 07:30–08:45 (Mon–Fri)\n", "‚Üí", "üèîÔ∏è", "> ", "    code\n", "\u0301", "\uFE0F",
    ];

    [Fact(Timeout = 120_000)]
    public async Task RandomMarkdown_NeverThrows()
    {
        await Task.Run(() =>
        {
            var random = new Random(20261123);
            for (var n = 0; n < 3000; n++)
            {
                var length = random.Next(0, 60);
                var text = string.Concat(Enumerable.Range(0, length).Select(_ => Fragments[random.Next(Fragments.Length)]));
                var result = RoadmapImporter.Import(text);
                Assert.NotNull(result.Roadmap.Title);
            }
        }, TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 120_000)]
    public async Task TruncatedSeeds_NeverThrow()
    {
        await Task.Run(() =>
        {
            var random = new Random(42);
            foreach (var seed in Seeds.All)
            {
                var text = File.ReadAllText(seed);
                for (var n = 0; n < 40; n++)
                {
                    var result = RoadmapImporter.Import(text[..random.Next(text.Length + 1)]);
                    Assert.All(result.Roadmap.AllItems(), i => Assert.False(string.IsNullOrEmpty(i.Key)));
                }
            }
        }, TestContext.Current.CancellationToken);
    }

    [Fact(Timeout = 120_000)]
    public async Task RandomCharacters_NeverThrow()
    {
        await Task.Run(() =>
        {
            var random = new Random(7);
            const string alphabet = "#-*[]x|`\\<>!:\n\t 0123456789abcOct✅🔁–";
            for (var n = 0; n < 2000; n++)
            {
                var chars = Enumerable.Range(0, random.Next(200)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray();
                var result = RoadmapImporter.Import(new string(chars));
                Assert.Equal(result.ItemCount, result.Roadmap.AllItems().Select(i => i.Key).Distinct().Count());
            }
        }, TestContext.Current.CancellationToken);
    }
}
