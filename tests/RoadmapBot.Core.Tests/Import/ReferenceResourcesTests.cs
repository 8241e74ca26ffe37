using RoadmapBot.Core.Import;

namespace RoadmapBot.Core.Tests.Import;

public sealed class ReferenceResourcesTests
{
    private const string Course = """
        # Course

        ## Schedule

        ### Week 1
        - Read chapter 1
        - Set up the tools

        ### Week 2
        - Build the app

        ## Resources
        - [The Book](https://example.org/book)
        - Flask Web Development (Miguel Grinberg)

        ## Extra practice
        - Solve ten katas
        """;

    [Fact]
    public void ReferenceSections_AreKeptAsTheRoadmapsResources_WithTheirEntriesAndLinks()
    {
        var roadmap = RoadmapImporter.Import(Course).Roadmap;

        Assert.Equal(["Resources", "Extra practice"], roadmap.Resources.Select(r => r.Title));
        var resources = roadmap.Resources[0];
        Assert.Equal(12, resources.Line);
        Assert.Equal(["The Book", "Flask Web Development (Miguel Grinberg)"], resources.Entries);
        Assert.Equal(["https://example.org/book"], resources.Links.Select(l => l.Url));
    }

    [Fact]
    public void ChoosingASectionAsPlan_ReadsItsItems_AndAsReference_DropsThem()
    {
        var included = RoadmapImporter.Import(Course, [new("Extra practice", Plan: true)]).Roadmap;
        var excluded = RoadmapImporter.Import(Course, [new("Week 2", Plan: false)]).Roadmap;

        Assert.Contains("Solve ten katas", included.AllItems().Select(i => i.Title));
        Assert.DoesNotContain("Extra practice", included.Resources.Select(r => r.Title));
        Assert.Equal(["Read chapter 1", "Set up the tools"], excluded.AllItems().Select(i => i.Title));
        Assert.Contains("Week 2", excluded.Resources.Select(r => r.Title));
    }
}
